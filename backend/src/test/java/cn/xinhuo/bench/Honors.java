package cn.xinhuo.bench;

import java.sql.SQLException;
import java.time.LocalDate;

import static cn.xinhuo.bench.OrganizationTree.Rank;

/** 典型: one 五老 in forty honoured at some level (32 of 1286 in the report), one in 130 on television. */
final class Honors {

    private static final String[] LEVELS = {"NATIONAL", "PROVINCIAL", "PREFECTURE", "CITY_PARTY_GOVERNMENT", "CITY_COMMITTEE", "TOWNSHIP"};
    private static final double[] LEVEL_WEIGHTS = {1, 6, 12, 15, 26, 40};
    private static final String[] TITLES = {"优秀五老", "关心下一代工作先进个人", "最美五老", "五老先进典型"};
    private static final String[] DEEDS = {"多年坚持义务辅导留守儿童学习", "手把手传授种植技术，带动青年农民增收", "常年为青少年宣讲革命传统",
            "组织五老关爱团开展结对帮扶", "坚持接送留守儿童上学", "义务调解邻里纠纷，帮助失足青年回归社会"};

    private Honors() {
    }

    static void write(Report report, OrganizationTree tree, Register register, long seed, LocalDate asOf) throws SQLException {
        Chance c = Chance.of(seed, "honor");
        try (CopyRows rows = report.copy("honor", "id, volunteer_id, level, title, awarded_on, issuer, story, version,"
                + " created_at, updated_at, updated_by")) {
            long id = 0;
            for (int v = 0; v < register.count; v++) {
                if (!c.chance(0.025)) {
                    continue;
                }
                int o = register.organization[v];
                int level = c.weighted(LEVEL_WEIGHTS);
                LocalDate day = c.day(LocalDate.ofEpochDay(register.joined[v]), asOf);
                rows.add(++id).add(register.id(v)).add(LEVELS[level]).add(c.pick(TITLES)).add(day).add(issuer(tree, o, level))
                        .add(tree.shortName[o] + "五老。" + c.pick(DEEDS) + "。").stamp(day, 15 * 3600, Accounts.adminOf(tree, o));
                rows.endRow();
            }
        }
        c = Chance.of(seed, "media");
        try (CopyRows rows = report.copy("media_coverage", "id, volunteer_id, outlet, covered_on, title, version, created_at,"
                + " updated_at, updated_by")) {
            long id = 0;
            for (int v = 0; v < register.count; v++) {
                if (!c.chance(0.0078)) {
                    continue;
                }
                int o = register.organization[v];
                int county = tree.county[o] >= 0 ? tree.county[o] : o;
                LocalDate day = c.day(LocalDate.ofEpochDay(register.joined[v]), asOf);
                rows.add(++id).add(register.id(v)).add(tree.shortName[county] + (c.chance(0.7) ? "电视台" : "融媒体中心")).add(day)
                        .add(c.chance(0.5) ? "关心下一代 · 优秀五老风采" : "五老风采录").stamp(day, 16 * 3600, Accounts.adminOf(tree, o));
                rows.endRow();
            }
        }
    }

    private static String issuer(OrganizationTree tree, int o, int level) {
        return switch (LEVELS[level]) {
            case "NATIONAL" -> "中国关工委";
            case "PROVINCIAL" -> tree.name(above(tree, o, Rank.PROVINCE));
            case "PREFECTURE" -> tree.name(above(tree, o, Rank.PREFECTURE));
            case "CITY_PARTY_GOVERNMENT" -> {
                String county = tree.shortName[above(tree, o, Rank.COUNTY)];
                yield "中共" + county + "委、" + county + "政府";
            }
            case "CITY_COMMITTEE" -> tree.name(above(tree, o, Rank.COUNTY));
            default -> tree.name(tree.township[o] >= 0 ? tree.township[o] : above(tree, o, Rank.COUNTY));
        };
    }

    /** The organization's ancestor (or itself) of a rank, or the nearest one below it when the organization sits higher. */
    static int above(OrganizationTree tree, int o, Rank rank) {
        int a = o;
        while (tree.rank[a] > rank.ordinal() && tree.parent[a] >= 0) {
            a = tree.parent[a];
        }
        return a;
    }
}
