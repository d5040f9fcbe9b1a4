package cn.xinhuo.bench;

import java.util.List;
import java.util.Locale;

/**
 * A named size of the synthetic data set: how many organizations of each rank, and how many
 * people, pairs, activities and accounts. These counts are exact for every seed; what hangs from
 * them (teams, honours, leadership seats, evaluations …) follows from probabilities and varies a
 * little with the seed.
 *
 * @param nation          true: the root is the national committee with {@code provinces} provinces under it;
 *                        false: the root is one provincial committee
 * @param provinces       provincial committees under the national root (0 when the root is a province)
 * @param prefectures     地市 committees
 * @param counties        县 (and county-level city, district) committees
 * @param townships       乡镇/街道 committees
 * @param villages        行政村 groups
 * @param communities     社区 groups
 * @param townshipSchools school groups under a township
 * @param countySchools   school groups directly under a county (county middle schools)
 * @param volunteers      五老
 * @param beneficiaries   帮扶对象, each with one pair
 * @param activities      activities of the pairs within the last year
 * @param users           accounts (the committees' admins and viewers, group leaders, one system admin)
 */
public record Scale(String name, boolean nation, int provinces, int prefectures, int counties, int townships,
                    int villages, int communities, int townshipSchools, int countySchools, long volunteers,
                    int beneficiaries, long activities, int users) {

    /** For the test suite: 50 organizations in five levels, a few hundred people. */
    public static final Scale TINY = new Scale("tiny", false, 0, 2, 4, 8, 20, 8, 5, 2, 400, 120, 1_000, 60);

    /** About Heilongjiang: 20,000 organizations, a million 五老. */
    public static final Scale PROVINCE = new Scale("province", false, 0, 13, 128, 1_370, 9_050, 3_755, 4_800, 883,
            1_000_000, 300_000, 3_000_000, 10_000);

    /** The country: 1,100,000 organizations, 13 million 五老; the rest in the province's proportions. */
    public static final Scale NATION = new Scale("nation", true, 31, 333, 2_850, 38_800, 690_000, 115_000, 200_000, 52_985,
            13_000_000, 3_900_000, 39_000_000, 130_000);

    public static final List<Scale> ALL = List.of(TINY, PROVINCE, NATION);

    public static Scale named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scale " + name + "; one of "
                        + ALL.stream().map(Scale::name).toList() + " (city is the demo data set)"));
    }

    public int committees() {
        return 1 + provinces + prefectures + counties + townships;
    }

    public int groups() {
        return villages + communities + townshipSchools + countySchools;
    }

    public int organizations() {
        return committees() + groups();
    }
}
