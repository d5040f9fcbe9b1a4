package cn.xinhuo.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static cn.xinhuo.bench.OrganizationTree.COMMUNITY;
import static cn.xinhuo.bench.OrganizationTree.SCHOOL;
import static cn.xinhuo.bench.OrganizationTree.VILLAGE;

/**
 * The 五老 register: people in every organization (most in the village and community groups),
 * rural and urban in the proportions of the report (900 of 1286 rural), old enough by the
 * eligibility rules of V5 on the day they joined, mostly men, mostly active, some moved to town,
 * accompanying a grandchild at school, working away, withdrawn or deceased — each with the status
 * history the application would have written. Then the teams (关爱团, 报告团, 艺术团) with their
 * members, the 典型 and their media coverage.
 *
 * <p>A person is drawn from a stream of its own row, so a later table can draw the same person
 * again (its name, its status history) without the register being kept in memory.
 */
final class Register {

    static final String[] STATUSES = {"ACTIVE", "MOVED_TO_TOWN", "ACCOMPANYING_STUDY", "WORKING_AWAY", "WITHDRAWN", "DECEASED"};
    static final byte ACTIVE = 0;
    private static final byte RURAL = 1;
    private static final byte OLD = 2;
    private static final byte MALE = 4;

    private final OrganizationTree tree;
    private final long seed;
    private final LocalDate asOf;
    final int count;
    /** Volunteers of organization o: first[o] … first[o + 1] − 1; of its subtree: up to first[subtreeEnd[o]] − 1. */
    final int[] first;
    final int[] organization;
    final int[] joined;
    final byte[] status;
    private final byte[] traits;

    Register(OrganizationTree tree, Scale scale, long seed, LocalDate asOf) {
        this.tree = tree;
        this.seed = seed;
        this.asOf = asOf;
        this.count = Math.toIntExact(scale.volunteers());
        int[] perOrganization = tree.deal(Chance.of(seed, "register"), count, o -> switch (tree.type[o]) {
            // most 五老 are in the villages: about 70 % rural, as in the report (900 of 1286)
            case VILLAGE -> 1.4;
            case COMMUNITY -> 1.0;
            case SCHOOL -> 0.4;
            case OrganizationTree.TOWNSHIP -> 1.2;
            default -> tree.rank[o] == OrganizationTree.Rank.COUNTY.ordinal() ? 3 : 2;
        });
        first = new int[tree.size + 1];
        organization = new int[count];
        for (int o = 0; o < tree.size; o++) {
            first[o + 1] = first[o] + perOrganization[o];
            java.util.Arrays.fill(organization, first[o], first[o + 1], o);
        }
        joined = new int[count];
        status = new byte[count];
        traits = new byte[count];
    }

    long id(int v) {
        return v + 1L;
    }

    /** The first and last + 1 volunteer of an organization's subtree. */
    int subtreeFrom(int o) {
        return first[o];
    }

    int subtreeTo(int o) {
        return first[tree.subtreeEnd[o]];
    }

    /** A person's name, drawn again from its row. */
    String name(int v) {
        Chance c = Chance.of(seed, "volunteer", v);
        boolean male = c.chance(0.68);
        return Words.elder(c, male);
    }

    void writeVolunteers(Report report, PersonalNumbers numbers) throws SQLException {
        try (CopyRows rows = report.copy("volunteer", "id, organization_id, name, name_initials, gender, birth_date, ethnicity,"
                + " id_card_hash, id_card_cipher, mobile_hash, mobile_cipher, residence, categories, former_occupation, specialties,"
                + " political_status, health, joined_on, status, eligibility_override_reason, version, created_at, updated_at,"
                + " updated_by")) {
            for (int v = 0; v < count; v++) {
                Chance c = Chance.of(seed, "volunteer", v);
                boolean male = c.chance(0.68);
                String name = Words.elder(c, male);
                int o = organization[v];
                boolean rural = c.chance(ruralShare(o));
                int minAge = rural ? (male ? 50 : 45) : (male ? 60 : 55);
                int age = minAge + (int) Math.min(95 - minAge, Math.abs(c.gaussian()) * 13);
                LocalDate birth = asOf.minusYears(age).minusDays(c.between(0, 364));
                LocalDate earliest = birth.plusYears(minAge);
                LocalDate joinedOn = c.day(earliest.isBefore(LocalDate.of(2008, 1, 1)) ? LocalDate.of(2008, 1, 1) : earliest, asOf);
                joined[v] = (int) joinedOn.toEpochDay();
                traits[v] = (byte) ((rural ? RURAL : 0) | (age >= 75 ? OLD : 0) | (male ? MALE : 0));
                int[] history = history(v);
                status[v] = (byte) (history.length == 0 ? ACTIVE : history[history.length - 2]);
                String[] categories = categories(c, o, rural);
                int main = indexOf(categories[0]);
                String idCard = c.chance(0.85) ? PersonalNumbers.idCard(v, birth, male) : null;
                rows.add(id(v)).add(tree.id(o)).add(name).add(Words.initials(name)).add(male ? "MALE" : "FEMALE").add(birth)
                        .add(Words.ETHNICITIES[c.weighted(Words.ETHNICITY_WEIGHTS)])
                        .add(idCard == null ? null : numbers.keyedHash(idCard))
                        .add(idCard == null ? null : numbers.encrypt(idCard, 1, v))
                        // no mobile numbers: unlike ID cards, there is no range of them that reaches nobody
                        .addNull().addNull()
                        .add(rural ? "RURAL" : "URBAN").addArray(categories)
                        .add(c.pick(Words.OCCUPATIONS[main])).add(Words.SPECIALTIES[main])
                        .add(Words.POLITICAL[c.weighted(Words.POLITICAL_WEIGHTS)]).add(Words.HEALTH[c.weighted(Words.HEALTH_WEIGHTS)])
                        .add(joinedOn).add(STATUSES[status[v]]).addNull().add(history.length / 2)
                        .addTime(joinedOn, c.between(8 * 3600, 18 * 3600))
                        .addTime(history.length == 0 ? joinedOn : LocalDate.ofEpochDay(history[history.length - 1]), 12 * 3600)
                        .add(Accounts.adminOf(tree, o));
                rows.endRow();
            }
        }
    }

    /** Every status of every person: ACTIVE when joining (as the application records it), then the changes. */
    void writeStatusChanges(Report report) throws SQLException {
        try (CopyRows rows = report.copy("volunteer_status_change", "id, volunteer_id, status, changed_on, reason, version,"
                + " created_at, updated_at, updated_by")) {
            long id = 0;
            for (int v = 0; v < count; v++) {
                String by = Accounts.adminOf(tree, organization[v]);
                LocalDate day = LocalDate.ofEpochDay(joined[v]);
                rows.add(++id).add(id(v)).add("ACTIVE").add(day).addNull().stamp(day, 10 * 3600, by);
                rows.endRow();
                int[] history = history(v);
                for (int h = 0; h < history.length; h += 2) {
                    day = LocalDate.ofEpochDay(history[h + 1]);
                    String reason = history[h] == ACTIVE ? Words.RETURN_REASONS[(int) (id % Words.RETURN_REASONS.length)]
                            : Words.STATUS_REASONS[history[h]];
                    rows.add(++id).add(id(v)).add(STATUSES[history[h]]).add(day).add(reason).stamp(day, 11 * 3600, by);
                    rows.endRow();
                }
            }
        }
    }

    /**
     * A person's changes after joining, {status, day} pairs: most have none; rural 五老 move to town,
     * accompany a grandchild at school or work away (a few come back), some withdraw, the old die.
     */
    private int[] history(int v) {
        Chance c = Chance.of(seed, "volunteer-status", v);
        long from = joined[v] + 30L;
        long to = asOf.toEpochDay();
        if (from > to) {
            return new int[0];
        }
        boolean rural = (traits[v] & RURAL) != 0;
        boolean old = (traits[v] & OLD) != 0;
        int[] weights = rural ? new int[] {0, 40, 25, old ? 0 : 20, 25, old ? 60 : 30} : new int[] {0, 0, 0, 0, 30, old ? 60 : 30};
        double u = c.unit() * 1000;
        for (int s = 1; s < weights.length; s++) {
            u -= weights[s];
            if (u < 0) {
                return new int[] {s, (int) c.betweenLong(from, to)};
            }
        }
        if (rural && c.chance(0.04)) {
            int away = (int) c.betweenLong(from, to);
            return new int[] {c.between(1, 3), away, ACTIVE, (int) c.betweenLong(Math.min(away + 30L, to), to)};
        }
        return new int[0];
    }

    private double ruralShare(int o) {
        return switch (tree.type[o]) {
            case VILLAGE -> 0.95;
            case COMMUNITY -> 0.08;
            case SCHOOL -> tree.township[o] >= 0 && !tree.shortName[tree.township[o]].endsWith("街道") ? 0.5 : 0.1;
            case OrganizationTree.TOWNSHIP -> tree.shortName[o].endsWith("街道") ? 0.1 : 0.6;
            default -> 0.05;
        };
    }

    /** One category, or two (stored in the enum's order); a school group's 五老 are mostly retired teachers. */
    private String[] categories(Chance c, int o, boolean rural) {
        double[] weights = tree.type[o] == SCHOOL ? Words.SCHOOL_CATEGORY_WEIGHTS
                : rural ? Words.RURAL_CATEGORY_WEIGHTS : Words.URBAN_CATEGORY_WEIGHTS;
        int main = c.weighted(weights);
        if (!c.chance(0.18) || main == 5) {
            return new String[] {Words.CATEGORIES[main]};
        }
        int other = c.below(5);
        if (other == main) {
            return new String[] {Words.CATEGORIES[main]};
        }
        return new String[] {Words.CATEGORIES[Math.min(main, other)], Words.CATEGORIES[Math.max(main, other)]};
    }

    private static int indexOf(String category) {
        for (int i = 0; i < Words.CATEGORIES.length; i++) {
            if (Words.CATEGORIES[i].equals(category)) {
                return i;
            }
        }
        throw new IllegalArgumentException(category);
    }

    /**
     * Up to {@code k} different active volunteers of {@code from} … {@code to} − 1, drawn at random
     * (fewer when the range has fewer).
     */
    int[] sampleActive(Chance c, int from, int to, int k) {
        int n = to - from;
        if (n <= 0 || k <= 0) {
            return new int[0];
        }
        Set<Integer> picked = new HashSet<>();
        int[] out = new int[Math.min(k, n)];
        int found = 0;
        for (int attempt = 0; attempt < 4 * k + 20 && found < out.length; attempt++) {
            int v = from + c.below(n);
            if (status[v] == ACTIVE && picked.add(v)) {
                out[found++] = v;
            }
        }
        return java.util.Arrays.copyOf(out, found);
    }

    /** One active volunteer of the range, or −1 when a few draws find none. */
    int oneActive(Chance c, int from, int to) {
        int[] one = sampleActive(c, from, to, 1);
        return one.length == 0 ? -1 : one[0];
    }

    boolean isMale(int v) {
        return (traits[v] & MALE) != 0;
    }
}
