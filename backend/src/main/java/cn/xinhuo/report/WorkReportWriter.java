package cn.xinhuo.report;

import cn.xinhuo.assessment.dto.AwardRates;
import cn.xinhuo.honor.HonorLevel;
import cn.xinhuo.honor.dto.HonorSummary;
import cn.xinhuo.honor.dto.HonorView;
import cn.xinhuo.leadership.LeaderRole;
import cn.xinhuo.leadership.dto.LeadershipSummary;
import cn.xinhuo.organization.OrganizationType;
import cn.xinhuo.report.dto.WorkReport;
import cn.xinhuo.stats.dto.StatsSummary;
import cn.xinhuo.team.TeamType;
import cn.xinhuo.team.dto.TeamSummary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the work summary in the structure of the committees' own reports (organization building,
 * the 五老 team, the 五好 campaign, mechanisms), every figure from the statistics and each change
 * against the previous period, the named models' stories from their honour records.
 */
final class WorkReportWriter {

    private WorkReportWriter() {
    }

    static WorkReport write(StatsSummary s, List<HonorView> stories) {
        String org = s.organizationName();
        List<WorkReport.Section> sections = List.of(
                new WorkReport.Section("一、强化关工组织建设", organizationBuilding(s)),
                new WorkReport.Section("二、稳定“五老”队伍", volunteerTeam(s, stories)),
                new WorkReport.Section("三、深化“五好”创建", fiveGood(s)),
                new WorkReport.Section("四、抓好机制建设", mechanisms(s)));
        return new WorkReport(org + periodName(s.period()) + "关心下一代工作总结", sections);
    }

    /** 2016-H1 → 2016年上半年; 2016 → 2016年; a period of one's own → its days. */
    static String periodName(StatsSummary.PeriodView p) {
        String label = p.label();
        if (label.matches("\\d{4}")) {
            return label + "年";
        }
        if (label.matches("\\d{4}-H[12]")) {
            return label.substring(0, 4) + "年" + (label.endsWith("1") ? "上半年" : "下半年");
        }
        if (label.matches("\\d{4}-Q[1-4]")) {
            return label.substring(0, 4) + "年第" + "一二三四".charAt(label.charAt(6) - '1') + "季度";
        }
        return p.from() + "至" + p.to();
    }

    private static List<String> organizationBuilding(StatsSummary s) {
        List<String> p = new ArrayList<>();
        var r = s.research();
        StringBuilder visits = new StringBuilder("一是开展调查研究。" + periodShort(s) + "，" + s.organizationName() + "先后" + r.trips()
                + "次深入基层开展调研");
        List<String> places = new ArrayList<>();
        // townships first, as the committees write it
        r.placesByType().stream().sorted(java.util.Comparator.comparing(t -> placeOrder(t.type())))
                .forEach(t -> places.add(t.places() + placeUnit(t.type())));
        if (!places.isEmpty()) {
            visits.append("，走访").append(String.join("、", places));
        }
        p.add(visits.append("，把基层关工组织建设作为调研重点。").toString());
        LeadershipSummary l = s.leadership();
        long directors = appointed(l, LeaderRole.EXECUTIVE_DEPUTY_DIRECTOR);
        long deputies = appointed(l, LeaderRole.EXECUTIVE_DEPUTY_LEADER);
        p.add("二是及时进行调整。按照“及时调整，层层负责，配齐配强”的原则加强班子建设，选配基层关工委常务副主任" + directors
                + "人，基层关工小组常务副组长变动" + deputies + "人，共新任班子成员" + l.appointed() + "人。");
        p.add("三是注重培训提高。采取集中办班、以会代训等形式开展培训，" + periodShort(s) + "办培训班" + s.trainings() + "期，新任班子成员"
                + (l.appointed() > 0 && l.trained() == l.appointed() ? "已全部参加培训" : "参加培训" + l.trained() + "人，占"
                + percent(l.trainedShare().multiply(BigDecimal.valueOf(100)))) + "。");
        return p;
    }

    private static List<String> volunteerTeam(StatsSummary s, List<HonorView> stories) {
        List<String> p = new ArrayList<>();
        var v = s.volunteers();
        long rural = count(v.byResidence(), "RURAL");
        long ruralChange = count(v.activeNetChangeByResidence(), "RURAL");
        p.add("一是稳定队伍。现有“五老”" + v.registered() + "人，其中农村" + rural + "人；在岗“五老”与" + periodName(s.previousPeriod())
                + "末相比，农村" + change(ruralChange) + "，合计" + change(v.activeNetChange()) + "。" + periodShort(s) + "新加入"
                + v.joined() + "人，因进城、陪读、外出务工等离开" + v.left() + "人。");
        TeamSummary t = s.teams();
        p.add("二是发挥作用。已建立“五老”工作组织" + t.teams() + "个、" + t.members() + "人，其中“五老”关爱团" + teams(t, TeamType.CARE)
                + "，报告团" + teams(t, TeamType.LECTURE) + "，艺术团" + teams(t, TeamType.ART) + "。结成帮扶对子" + s.pairs().pairs()
                + "对，" + periodShort(s) + "开展帮扶活动" + s.pairs().activities() + "次、服务" + plain(s.pairs().hours()) + "小时。");
        HonorSummary m = s.models();
        p.add("三是树立典型。现已树立“五老”典型" + m.models() + "人，其中受到省、市表彰" + (level(m, HonorLevel.NATIONAL)
                + level(m, HonorLevel.PROVINCIAL) + level(m, HonorLevel.PREFECTURE)) + "人，市委、市政府表彰"
                + level(m, HonorLevel.CITY_PARTY_GOVERNMENT) + "人；" + m.featuredInMedia() + "名优秀“五老”的先进事迹经媒体宣传报道。");
        for (HonorView h : stories) {
            p.add(h.volunteerName() + "（" + h.organizationName() + "）：" + h.story());
        }
        return p;
    }

    private static List<String> fiveGood(StatsSummary s) {
        List<String> p = new ArrayList<>();
        AwardRates rates = s.fiveGood().rates();
        List<String> enrolled = new ArrayList<>();
        List<String> awarded = new ArrayList<>();
        List<String> rate = new ArrayList<>();
        for (var row : rates.rows()) {
            enrolled.add(typeName(row.organizationType()) + row.enrolled() + "个");
            awarded.add(row.awarded() + "个");
            rate.add(row.rate() == null ? "—" : percent(row.rate()));
        }
        long revoked = rates.rows().stream().mapToLong(AwardRates.Row::revoked).sum();
        long warned = rates.rows().stream().mapToLong(AwardRates.Row::warned).sum();
        p.add("一是抓巩固提高。参加“五好”创建的" + String.join("，", enrolled) + "，现已被授予“五好关工组织”的分别为"
                + String.join("、", awarded) + "，分别占" + String.join("、", rate) + "。");
        p.add("在各乡镇关工委自查的基础上，" + periodShort(s) + "深入基层进行" + s.fiveGood().spotCheckRounds() + "次抽查（抽查"
                + s.fiveGood().spotChecks() + "个组织次）" + (warned > 0 ? "，对" + warned + "个出现滑坡的组织提出预警" : "")
                + (revoked == 0 ? "，目前还没有应予“摘牌”的。" : "，累计摘牌" + revoked + "个。"));
        p.add("二是抓规划实施。坚持实事求是，经过基层上报、反复协调、准确评估，计划" + s.period().to().getYear() + "年"
                + s.fiveGood().plannedForYear() + "个组织进入“五好”创建行列。");
        return p;
    }

    private static List<String> mechanisms(StatsSummary s) {
        var pb = s.partyBuilding();
        String results = pb.branches() + "个村（社区）党支部中，" + pb.year() + "年半年初评完成" + pb.halfYearAssessed() + "个、达标"
                + pb.halfYearPassed() + "个";
        if (pb.yearEndAssessed() > 0) {
            results += "；年终总评完成" + pb.yearEndAssessed() + "个、达标" + pb.yearEndPassed() + "个，" + pb.yearEndFailed()
                    + "个不达标的党支部不能评为先进党支部";
        }
        return List.of("健全选拔聘用、约束管理、考核激励、协作联动、培训提高、领导保障六项工作机制。落实党建带关工责任制，实行半年初评、年终总评，"
                + "考核结果与村支部书记（关工小组组长）工资挂钩：" + results + "。");
    }

    private static String periodShort(StatsSummary s) {
        String label = s.period().label();
        return label.endsWith("H1") ? "上半年" : label.endsWith("H2") ? "下半年" : label.matches("\\d{4}") ? "全年" : "本期";
    }

    private static int placeOrder(String type) {
        try {
            return OrganizationType.valueOf(type).ordinal();
        } catch (IllegalArgumentException other) {
            return Integer.MAX_VALUE;
        }
    }

    private static String placeUnit(String type) {
        return switch (type) {
            case "TOWNSHIP_COMMITTEE" -> "个乡镇（街道）";
            case "VILLAGE_GROUP" -> "个村";
            case "COMMUNITY_GROUP" -> "个社区";
            case "SCHOOL_GROUP" -> "所学校";
            default -> "个单位";
        };
    }

    static String typeName(OrganizationType type) {
        return switch (type) {
            case CITY_COMMITTEE -> "市级关工委";
            case TOWNSHIP_COMMITTEE -> "基层关工委";
            case VILLAGE_GROUP -> "行政村关工小组";
            case COMMUNITY_GROUP -> "社区关工小组";
            case SCHOOL_GROUP -> "学校关工组织";
        };
    }

    private static String teams(TeamSummary t, TeamType type) {
        return t.byType().stream().filter(b -> b.type() == type).findFirst().map(b -> b.teams() + "个、" + b.members() + "人")
                .orElse("0个");
    }

    private static long level(HonorSummary m, HonorLevel level) {
        return m.byLevel().stream().filter(b -> b.level() == level).mapToLong(HonorSummary.ByLevel::people).sum();
    }

    private static long appointed(LeadershipSummary l, LeaderRole role) {
        return l.byRole().stream().filter(r -> r.role() == role).mapToLong(LeadershipSummary.ByRole::appointed).sum();
    }

    private static long count(List<StatsSummary.Count> counts, String key) {
        return counts.stream().filter(c -> c.key().equals(key)).mapToLong(StatsSummary.Count::count).sum();
    }

    private static String change(long n) {
        return n > 0 ? "增加" + n + "人" : n < 0 ? "减少" + -n + "人" : "持平";
    }

    static String percent(BigDecimal value) {
        return plain(value.setScale(0, RoundingMode.HALF_UP)) + "%";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
