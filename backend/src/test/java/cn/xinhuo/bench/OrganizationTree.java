package cn.xinhuo.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The 关工 organization tree of a scale, in memory: a (national and) provincial committee, 地市,
 * 县, 乡镇/街道 committees, and the village, community and school groups. Organizations are numbered
 * depth first (a township, then its groups), so a subtree is one range of indexes and the id of an
 * organization is its index + 1; the materialized path is computed here as the triggers would.
 */
final class OrganizationTree {

    enum Rank { NATION, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, GROUP }

    /** OrganizationType names, by the {@link #type} byte. */
    static final String[] TYPES = {"CITY_COMMITTEE", "TOWNSHIP_COMMITTEE", "VILLAGE_GROUP", "COMMUNITY_GROUP", "SCHOOL_GROUP"};
    static final byte CITY = 0;
    static final byte TOWNSHIP = 1;
    static final byte VILLAGE = 2;
    static final byte COMMUNITY = 3;
    static final byte SCHOOL = 4;

    private static final String[] COUNTY_SCHOOLS = {"第一中学", "第二中学", "实验中学", "实验小学", "第三中学", "职业高中",
            "第一小学", "第二小学", "民族中学", "第四中学"};

    /** The years organizations of each rank were founded in (关工委 at every level from 1990). */
    private static final int[][] ESTABLISHED = {{1990, 1990}, {1990, 1992}, {1991, 1995}, {1992, 2000}, {1995, 2008}, {2003, 2016}};

    final int size;
    final int[] parent;
    final byte[] rank;
    final byte[] type;
    final int[] subtreeEnd;
    /** The township committee an organization is or belongs to; -1 above and beside townships. */
    final int[] township;
    /** The county committee an organization is or belongs to; -1 above counties. */
    final int[] county;
    final String[] shortName;
    final String[] regionCode;
    final int[] established;
    final String[] path;

    /** One rank of the tree while it is built: positions grouped by parent position. */
    private static final class Level {
        final Rank rank;
        final byte type;
        final int parentLevel;
        final int[] parent;
        final String[] shortName;

        Level(Rank rank, byte type, int parentLevel, int[] parent) {
            this.rank = rank;
            this.type = type;
            this.parentLevel = parentLevel;
            this.parent = parent;
            this.shortName = new String[parent.length];
        }
    }

    OrganizationTree(Scale scale, long seed) {
        Chance c = Chance.of(seed, "organization");
        List<Level> levels = new ArrayList<>();
        levels.add(new Level(scale.nation() ? Rank.NATION : Rank.PROVINCE, CITY, -1, new int[1]));
        if (scale.nation()) {
            levels.add(new Level(Rank.PROVINCE, CITY, 0, spread(c, scale.provinces(), ones(1))));
        }
        int top = levels.size() - 1;
        levels.add(new Level(Rank.PREFECTURE, CITY, top, spread(c, scale.prefectures(), ones(levels.get(top).parent.length))));
        int prefectures = levels.size() - 1;
        levels.add(new Level(Rank.COUNTY, CITY, prefectures, spread(c, scale.counties(), ones(scale.prefectures()))));
        int counties = levels.size() - 1;
        levels.add(new Level(Rank.TOWNSHIP, TOWNSHIP, counties, spread(c, scale.townships(), ones(scale.counties()))));
        int townships = levels.size() - 1;
        // a township is a street (街道, communities only), a town (镇, villages and some communities) or a 乡 (villages)
        byte[] kind = new byte[scale.townships()];
        double[] villageWeights = new double[kind.length];
        double[] communityWeights = new double[kind.length];
        for (int t = 0; t < kind.length; t++) {
            kind[t] = (byte) c.weighted(new double[] {20, 45, 35});
            villageWeights[t] = kind[t] == 0 ? 0 : 1;
            communityWeights[t] = kind[t] == 0 ? 6 : kind[t] == 1 ? 1 : 0;
        }
        levels.add(new Level(Rank.GROUP, COMMUNITY, townships, spread(c, scale.communities(), communityWeights)));
        levels.add(new Level(Rank.GROUP, VILLAGE, townships, spread(c, scale.villages(), villageWeights)));
        levels.add(new Level(Rank.GROUP, SCHOOL, townships, spread(c, scale.townshipSchools(), ones(scale.townships()))));
        levels.add(new Level(Rank.GROUP, SCHOOL, counties, spread(c, scale.countySchools(), ones(scale.counties()))));
        name(levels, kind, c);

        size = scale.organizations();
        parent = new int[size];
        rank = new byte[size];
        type = new byte[size];
        subtreeEnd = new int[size];
        township = new int[size];
        county = new int[size];
        shortName = new String[size];
        regionCode = new String[size];
        established = new int[size];
        path = new String[size];
        walk(levels, c);
    }

    long id(int i) {
        return i + 1L;
    }

    boolean isCommittee(int i) {
        return type[i] == CITY || type[i] == TOWNSHIP;
    }

    String name(int i) {
        return shortName[i] + (isCommittee(i) ? "关工委" : "关工小组");
    }

    /** The committee an organization's records are kept by: itself, or the township (county) it belongs to. */
    int keeper(int i) {
        return isCommittee(i) ? i : township[i] >= 0 ? township[i] : county[i];
    }

    /** The place as an address: the short names from the province down (a school: its place's). */
    String address(int i) {
        StringBuilder out = new StringBuilder();
        for (int a = type[i] == SCHOOL ? parent[i] : i; a >= 0 && rank[a] != Rank.NATION.ordinal(); a = parent[a]) {
            out.insert(0, shortName[a]);
        }
        return out.toString();
    }

    void write(Report report, LocalDate launch) throws SQLException {
        try (CopyRows rows = report.copy("organization", "id, parent_id, path, name, type, region_code, address,"
                + " contact, established_on, status, version, created_at, updated_at, updated_by")) {
            for (int i = 0; i < size; i++) {
                rows.add(id(i)).addOrNull(parent[i] < 0 ? -1 : id(parent[i])).add(path[i]).add(name(i)).add(TYPES[type[i]])
                        .add(regionCode[i]).add(address(i)).add(isCommittee(i) ? shortName[i] + "关工委办公室" : null)
                        .add(LocalDate.ofEpochDay(established[i])).add("ACTIVE").stamp(launch, 8 * 3600 + i % 36_000, "sysadmin");
                rows.endRow();
            }
        }
    }

    /** Depth first from the root: indexes, parents, paths, the township and county of each organization, region codes. */
    private void walk(List<Level> levels, Chance c) {
        List<int[]> firstChild = new ArrayList<>();
        for (Level level : levels) {
            firstChild.add(level.parentLevel < 0 ? null : firstOf(level.parent, levels.get(level.parentLevel).parent.length));
        }
        ArrayDeque<int[]> stack = new ArrayDeque<>(); // {level, position, parent index}
        stack.push(new int[] {0, 0, -1});
        int next = 0;
        int[] countyOrdinal = {0};
        int[] childOrdinal = new int[size];
        while (!stack.isEmpty()) {
            int[] node = stack.pop();
            Level level = levels.get(node[0]);
            int i = next++;
            parent[i] = node[2];
            rank[i] = (byte) level.rank.ordinal();
            type[i] = level.type;
            shortName[i] = level.shortName[node[1]];
            path[i] = (parent[i] < 0 ? "" : path[parent[i]] + ".") + id(i);
            township[i] = level.rank == Rank.TOWNSHIP ? i : parent[i] < 0 ? -1 : township[parent[i]];
            county[i] = level.rank == Rank.COUNTY ? i : parent[i] < 0 ? -1 : county[parent[i]];
            // founded top down: the province in the early nineties, groups from 2003 on, never before the parent
            int[] years = ESTABLISHED[level.rank.ordinal()];
            LocalDate earliest = LocalDate.of(years[0], 1, 1);
            if (parent[i] >= 0 && LocalDate.ofEpochDay(established[parent[i]] + 30).isAfter(earliest)) {
                earliest = LocalDate.ofEpochDay(established[parent[i]] + 30);
            }
            established[i] = (int) c.day(earliest, LocalDate.of(years[1], 12, 31)).toEpochDay();
            regionCode[i] = regionCode(i, level, countyOrdinal, childOrdinal);
            // children pushed in reverse so they come off the stack in order
            for (int l = levels.size() - 1; l >= 0; l--) {
                if (levels.get(l).parentLevel == node[0]) {
                    int[] first = firstChild.get(l);
                    for (int p = first[node[1] + 1] - 1; p >= first[node[1]]; p--) {
                        stack.push(new int[] {l, p, i});
                    }
                }
            }
        }
        for (int i = size - 1; i >= 0; i--) {
            subtreeEnd[i] = Math.max(subtreeEnd[i], i + 1);
            if (parent[i] >= 0) {
                subtreeEnd[parent[i]] = Math.max(subtreeEnd[parent[i]], subtreeEnd[i]);
            }
        }
    }

    /** Synthetic codes beginning with 9 (no real region has one): a county 9nnnnn, then 3 digits a level. */
    private String regionCode(int i, Level level, int[] countyOrdinal, int[] childOrdinal) {
        if (level.rank == Rank.COUNTY) {
            return "9" + String.format("%05d", ++countyOrdinal[0] % 100_000);
        }
        if (level.rank.ordinal() < Rank.COUNTY.ordinal()) {
            return null;
        }
        int p = parent[i];
        int ordinal = ++childOrdinal[p];
        if (level.type == SCHOOL && rank[p] == Rank.COUNTY.ordinal()) {
            return regionCode[p];
        }
        return ordinal < 1000 && regionCode[p] != null && regionCode[p].length() <= 9
                ? regionCode[p] + String.format("%03d", ordinal) : null;
    }

    /** Short names, unique among siblings: 安平县, 新华镇, 红旗村, 园林社区, 新华镇中心小学. */
    private static void name(List<Level> levels, byte[] townshipKind, Chance c) {
        for (Level level : levels) {
            Set<String> siblings = new HashSet<>();
            int lastParent = -1;
            int nth = 0;
            for (int p = 0; p < level.parent.length; p++) {
                if (level.parent[p] != lastParent) {
                    siblings.clear();
                    lastParent = level.parent[p];
                    nth = 0;
                }
                String parentName = level.parentLevel < 0 ? "" : levels.get(level.parentLevel).shortName[level.parent[p]];
                boolean underCounty = level.parentLevel >= 0 && levels.get(level.parentLevel).rank == Rank.COUNTY;
                String name = null;
                for (int attempt = 0; name == null || !siblings.add(name); attempt++) {
                    name = attempt > 20 ? Words.place(c) + Words.place(c) + suffix(level, p, townshipKind, c)
                            : level.rank == Rank.NATION ? "中国"
                            : switch (level.type) {
                                case SCHOOL -> school(underCounty, parentName, nth, c);
                                default -> Words.place(c) + suffix(level, p, townshipKind, c);
                            };
                }
                level.shortName[p] = name;
                nth++;
            }
        }
    }

    private static String suffix(Level level, int p, byte[] townshipKind, Chance c) {
        return switch (level.rank) {
            case NATION -> "";
            case PROVINCE -> "省";
            case PREFECTURE -> "市";
            case COUNTY -> new String[] {"县", "县", "县", "县", "县", "县", "县", "市", "区", "区"}[c.below(10)];
            case TOWNSHIP -> new String[] {"街道", "镇", "乡"}[townshipKind[p]];
            case GROUP -> level.type == COMMUNITY ? "社区" : level.type == VILLAGE ? "村" : "学校";
        };
    }

    private static String school(boolean underCounty, String parentName, int nth, Chance c) {
        if (underCounty) {
            return nth < COUNTY_SCHOOLS.length ? parentName + COUNTY_SCHOOLS[nth] : Words.place(c) + "学校";
        }
        return switch (nth) {
            case 0 -> parentName + "中心小学";
            case 1 -> parentName + "中学";
            default -> Words.place(c) + (c.chance(0.7) ? "小学" : "中学");
        };
    }

    /** Deals {@code total} rows to the organizations by a weight of each, varied by {@link Chance#spread}: rows per organization. */
    int[] deal(Chance c, long total, java.util.function.IntToDoubleFunction weight) {
        double[] weights = new double[size];
        double sum = 0;
        for (int o = 0; o < size; o++) {
            weights[o] = weight.applyAsDouble(o) * c.spread();
            sum += weights[o];
        }
        return split(total, weights, sum);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }

    /**
     * Deals {@code total} children to parents in proportion to their weights, each varied by
     * {@link Chance#spread}: exactly {@code total} in all, grouped by parent in order.
     */
    static int[] spread(Chance c, int total, double[] weights) {
        double[] w = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] * c.spread();
            sum += w[i];
        }
        if (sum == 0) { // none of the preferred parents exists (a tiny tree): any parent will do
            return spread(c, total, ones(weights.length));
        }
        int[] counts = split(total, w, sum);
        int[] parents = new int[total];
        int k = 0;
        for (int p = 0; p < counts.length; p++) {
            for (int j = 0; j < counts[p]; j++) {
                parents[k++] = p;
            }
        }
        return parents;
    }

    /** Exactly {@code total} dealt in proportion to {@code w} (cumulative rounding). */
    static int[] split(long total, double[] w, double sum) {
        int[] counts = new int[w.length];
        if (sum <= 0) {
            if (total > 0) {
                throw new IllegalStateException("nowhere to put " + total);
            }
            return counts;
        }
        double cumulative = 0;
        long dealt = 0;
        for (int i = 0; i < w.length; i++) {
            cumulative += w[i];
            long upTo = i == w.length - 1 ? total : Math.round(total * (cumulative / sum));
            counts[i] = (int) (upTo - dealt);
            dealt = upTo;
        }
        return counts;
    }

    /** first[p] … first[p + 1] − 1 are the positions whose parent is p (positions are grouped by parent). */
    private static int[] firstOf(int[] parents, int parentCount) {
        int[] first = new int[parentCount + 1];
        for (int p : parents) {
            first[p + 1]++;
        }
        for (int p = 0; p < parentCount; p++) {
            first[p + 1] += first[p];
        }
        return first;
    }
}
