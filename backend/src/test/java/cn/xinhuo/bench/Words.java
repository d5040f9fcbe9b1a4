package cn.xinhuo.bench;

import cn.xinhuo.volunteer.NameInitials;

/**
 * The words the synthetic data is made of: people's names (with their pinyin initials from the
 * application's own NameInitials), place names, and the phrases of the records. Every name is made
 * up; place names are two characters from common place-name characters, so some exist somewhere.
 */
final class Words {

    static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡"
            + "贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
    private static final String MALE_GIVEN = "国建明华文军德志平永春林海成福玉山生才金富昌义安广发振兴学忠良宝喜庆祥有贵立伟强刚斌";
    private static final String FEMALE_GIVEN = "秀英兰凤桂芳淑珍丽荣玉玲霞云华春梅琴敏静红艳娟萍燕桂香淑芬";
    private static final String YOUNG_GIVEN = "子宇浩轩梓涵欣怡诗雨博文思晨佳琪俊杰一鸣雅婷嘉豪晓雪鑫磊";
    private static final String PLACE_FIRST = "东西南北中新兴安平和永长红太光明富胜利金丰河山林清宝庆华建龙凤青双古德福万江海城泉星云阳春"
            + "向前进先锋团结友谊跃曙红旗";
    private static final String PLACE_SECOND = "安平和兴华丰源河山林泉庄屯堡桥岭湾沟坪家甸营台川峰宁远盛昌隆发胜阳光明星岗";

    private static final String[] INITIALS = new String[0x10000];

    static {
        for (String pool : new String[] {SURNAMES, MALE_GIVEN, FEMALE_GIVEN, YOUNG_GIVEN}) {
            for (char c : pool.toCharArray()) {
                INITIALS[c] = NameInitials.of(String.valueOf(c));
            }
        }
    }

    private Words() {
    }

    /** A made-up name of an older person: a surname and one or two given characters. */
    static String elder(Chance c, boolean male) {
        String given = male ? MALE_GIVEN : FEMALE_GIVEN;
        return c.chance(0.3) ? c.pick(SURNAMES) + "" + c.pick(given) : c.pick(SURNAMES) + "" + c.pick(given) + c.pick(given);
    }

    /** A made-up name of a young person. */
    static String young(Chance c) {
        return c.pick(SURNAMES) + "" + c.pick(YOUNG_GIVEN) + c.pick(YOUNG_GIVEN);
    }

    /** The same as NameInitials.of for the generator's names, from a table built with it. */
    static String initials(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            String s = INITIALS[name.charAt(i)];
            out.append(s != null ? s : NameInitials.of(String.valueOf(name.charAt(i))));
        }
        return out.toString();
    }

    /** A two-character place name. */
    static String place(Chance c) {
        return c.pick(PLACE_FIRST) + "" + c.pick(PLACE_SECOND);
    }

    static final String[] ETHNICITIES = {"汉族", "满族", "蒙古族", "回族", "朝鲜族", "达斡尔族"};
    static final double[] ETHNICITY_WEIGHTS = {90, 5, 2, 1.5, 1, 0.5};
    static final String[] POLITICAL = {"中共党员", "群众", "民主党派"};
    static final double[] POLITICAL_WEIGHTS = {60, 36, 4};
    static final String[] HEALTH = {"良好", "一般", "较差"};
    static final double[] HEALTH_WEIGHTS = {72, 24, 4};

    /** The 五老 categories in the application's order, with their weights by residence. */
    static final String[] CATEGORIES = {"VETERAN_CADRE", "VETERAN_SOLDIER", "VETERAN_EXPERT", "VETERAN_TEACHER",
            "VETERAN_MODEL", "OTHER"};
    static final double[] RURAL_CATEGORY_WEIGHTS = {10, 12, 18, 20, 15, 25};
    static final double[] URBAN_CATEGORY_WEIGHTS = {35, 15, 15, 25, 8, 2};
    static final double[] SCHOOL_CATEGORY_WEIGHTS = {5, 2, 5, 85, 3, 0};
    static final String[][] OCCUPATIONS = {
            {"村党支部书记", "乡镇干部", "机关干部", "村委会主任"},
            {"退伍军人", "退役军官"},
            {"农业技术员", "畜牧兽医", "乡村医生", "林业技术员", "工程师"},
            {"小学教师", "中学教师", "村小校长", "幼儿教师"},
            {"劳动模范", "种粮大户", "三八红旗手"},
            {"村民", "个体经营者", "企业职工"}};
    static final String[] SPECIALTIES = {"思想引导", "革命传统教育", "农业技术", "学业辅导", "勤劳致富", null};

    static final String[] GUARDIANS = {"祖父", "祖母", "外祖父", "外祖母", "母亲", "父亲", "叔叔", "姑姑"};
    static final String[] WHEREABOUTS = {"父母在外务工", "父母在南方打工", "父亲在外务工，母亲外出", "父母在省城务工"};
    static final String[][] SITUATIONS = {
            {"家庭困难，缺少种植技术", "初中毕业回乡务农，想学养殖", "承包土地，缺技术缺资金"},
            {"父母在外务工，由祖辈照看", "父母在外务工，家离学校远，上学交通不便", "父母常年在外，学习无人辅导"},
            {"家庭困难，母亲患病", "父亲残疾，家庭收入低", "单亲家庭，经济困难"},
            {"学习成绩下滑，需要辅导", "家庭困难，面临辍学", "数学偏科"},
            {"沉迷网络，需要引导", "刑满释放青年，帮助回归社会"}};

    static final String[] STATUS_REASONS = {null, "进城养老", "进城陪读", "外出务工", "本人申请退出", "病故"};
    static final String[] RETURN_REASONS = {"返乡", "陪读结束返回", "务工返乡"};
    static final String[] END_REASONS = {"五老身体原因", "帮扶对象外出务工", "家庭搬迁", "帮扶对象入伍"};
    static final String[] CHANGE_REASONS = {"换届调整", "工作调动", "年龄原因", "外出务工", "身体原因"};
}
