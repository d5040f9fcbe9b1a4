package cn.xinhuo.volunteer;

import java.util.Arrays;
import java.util.Optional;

/** The columns of a 五老 roster (import template and upload), each with the form field it fills. */
enum RosterColumn {
    NAME("姓名", true, "name"),
    GENDER("性别", true, "gender"),
    BIRTH_DATE("出生日期", true, "birthDate"),
    ETHNICITY("民族", false, "ethnicity"),
    ID_CARD("身份证号", false, "idCardNumber"),
    MOBILE("手机号", false, "mobile"),
    RESIDENCE("居住地", true, "residence"),
    CATEGORIES("类别", true, "categories"),
    FORMER_OCCUPATION("原职业", false, "formerOccupation"),
    SPECIALTIES("特长", false, "specialties"),
    POLITICAL_STATUS("政治面貌", false, "politicalStatus"),
    HEALTH("健康状况", false, "health"),
    JOINED_ON("加入日期", false, "joinedOn"),
    ORGANIZATION("所属组织", true, "organizationId"),
    OVERRIDE_REASON("低龄登记理由", false, "eligibilityOverrideReason");

    final String heading;
    final boolean required;
    final String field;

    RosterColumn(String heading, boolean required, String field) {
        this.heading = heading;
        this.required = required;
        this.field = field;
    }

    /** The heading as the template writes it: required columns are marked with an asterisk. */
    String label() {
        return required ? heading + "*" : heading;
    }

    static Optional<RosterColumn> byHeading(String text) {
        String t = text == null ? "" : text.replace("*", "").replace("＊", "").trim();
        return Arrays.stream(values()).filter(c -> c.heading.equals(t)).findFirst();
    }

    static Optional<RosterColumn> byField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }
}
