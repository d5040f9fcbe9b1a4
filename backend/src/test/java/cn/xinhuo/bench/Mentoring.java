package cn.xinhuo.bench;

import java.sql.SQLException;
import java.time.LocalDate;

import static cn.xinhuo.bench.OrganizationTree.COMMUNITY;
import static cn.xinhuo.bench.OrganizationTree.SCHOOL;
import static cn.xinhuo.bench.OrganizationTree.VILLAGE;

/**
 * 帮扶对象 and 帮扶对子: each beneficiary paired with an active 五老 of its own group (or, where the
 * group has none, of its township or county); children with a guardian, and under 14 with the
 * guardian's consent given before the pair started (ChildProtectionPolicy); pairs along their
 * lifecycle (PairLifecyclePolicy) with the status history the application writes; and the year's
 * activities of the pairs while they were active, seasonal for farm work, in the order they
 * happened (ids follow the days, as recording them in the field would give). Some active pairs
 * have been silent for over a month: the attention list is not empty.
 */
final class Mentoring {

    private static final String[] CATEGORIES = {"YOUNG_FARMER", "LEFT_BEHIND_CHILD", "POOR_YOUTH", "STUDENT", "OTHER"};
    private static final int[][] AGES = {{20, 38}, {6, 15}, {14, 28}, {8, 18}, {12, 30}};
    private static final String[] TYPES = {"AGRICULTURAL_GUIDANCE", "LEFT_BEHIND_CARE", "POVERTY_RELIEF", "STUDY_HELP",
            "MORAL_GUIDANCE"};
    private static final String[] GOALS = {"掌握春播、中耕技术，当年增收", "接送上学，关心学习和生活", "帮助发展庭院经济，实现脱贫",
            "辅导功课，提高成绩", "引导树立正确的人生观"};
    private static final double[] INTENSITY = {1.0, 2.0, 0.8, 1.5, 0.7};
    private static final String[] CONSENT_METHODS = {"WRITTEN", "ORAL_RECORDED", "ELECTRONIC"};
    private static final double[] CONSENT_WEIGHTS = {70, 20, 10};
    private static final String[] STATUSES = {"PROPOSED", "ACTIVE", "PAUSED", "COMPLETED", "ENDED"};
    private static final byte PROPOSED = 0;
    private static final byte ACTIVE = 1;
    private static final byte PAUSED = 2;
    private static final byte COMPLETED = 3;
    private static final byte ENDED = 4;
    private static final String[] KINDS = {"SPRING_SOWING", "CULTIVATION", "HARVEST", "SCHOOL_TRANSPORT", "HOME_VISIT",
            "TUTORING", "PHONE_CALL", "OTHER"};
    private static final String[][] NOTES = {
            {"到地里指导春播：选种、整地、播种深度", "查看出苗情况，补种"}, {"中耕除草，讲解追肥时机", "病虫害防治"},
            {"秋收测产，亩产提高", "指导秋收和储粮"}, {"接送上学", "放学接回家，路上讲安全知识"},
            {"家访，了解学习和生活情况", "入户走访，送去学习用品"}, {"辅导数学作业", "辅导语文阅读", "检查作业，讲解错题"},
            {"电话询问近况", "电话了解学习情况"}, {"一起参加村里的读书活动", "组织参观革命纪念馆"}};

    private final OrganizationTree tree;
    private final Register register;
    private final Accounts accounts;
    private final long seed;
    private final LocalDate asOf;
    private final int count;
    private final int[] organization;
    private final byte[] category;
    private final byte[] type;
    private final int[] volunteer;
    private final int[] birth;
    private final int[] started;
    private final byte[] status;
    /** The day a pair was paused, completed or ended; for active pairs the last day of activity (silent ones stop early). */
    private final int[] until;

    Mentoring(OrganizationTree tree, Register register, Accounts accounts, Scale scale, long seed, LocalDate asOf) {
        this.tree = tree;
        this.register = register;
        this.accounts = accounts;
        this.seed = seed;
        this.asOf = asOf;
        this.count = scale.beneficiaries();
        int[] perOrganization = tree.deal(Chance.of(seed, "beneficiaries"), count, o -> switch (tree.type[o]) {
            case VILLAGE -> 1.0;
            case COMMUNITY -> 0.8;
            case SCHOOL -> 1.2;
            case OrganizationTree.TOWNSHIP -> 0.15;
            default -> 0;
        });
        organization = new int[count];
        category = new byte[count];
        type = new byte[count];
        volunteer = new int[count];
        birth = new int[count];
        started = new int[count];
        status = new byte[count];
        until = new int[count];
        long today = asOf.toEpochDay();
        int p = 0;
        for (int o = 0; o < tree.size; o++) {
            for (int k = 0; k < perOrganization[o]; k++, p++) {
                Chance c = Chance.of(seed, "pair", p);
                organization[p] = o;
                category[p] = (byte) c.weighted(switch (tree.type[o]) {
                    case VILLAGE -> new double[] {25, 40, 20, 10, 5};
                    case COMMUNITY -> new double[] {3, 15, 25, 45, 12};
                    case SCHOOL -> new double[] {0, 35, 10, 55, 0};
                    default -> new double[] {30, 20, 25, 10, 15};
                });
                int[] ages = AGES[category[p]];
                birth[p] = (int) (today - c.between(ages[0], ages[1]) * 365L - c.between(0, 364));
                // most pairs are recent; none starts before the child is five
                long start = today - 7 - (long) (Math.pow(c.unit(), 1.5) * 4 * 365);
                started[p] = (int) Math.min(today, Math.max(start, birth[p] + 5 * 365L));
                type[p] = (byte) switch (category[p]) {
                    case 0 -> c.chance(0.8) ? 0 : 2;
                    case 1 -> c.chance(0.85) ? 1 : 3;
                    case 2 -> c.chance(0.7) ? 2 : 4;
                    case 3 -> c.chance(0.75) ? 3 : 4;
                    default -> 4;
                };
                lifecycle(c, p, today);
                volunteer[p] = pickVolunteer(c, o);
            }
        }
    }

    /** PROPOSED (recent), ACTIVE, PAUSED, COMPLETED or ENDED, and until when it was active. */
    private void lifecycle(Chance c, int p, long today) {
        long days = today - started[p];
        double u = c.unit();
        if (u < 0.05 && days < 90) {
            status[p] = PROPOSED;
            until[p] = -1;
        } else if (u < 0.25 && days >= 60) {
            status[p] = COMPLETED;
            until[p] = (int) (started[p] + c.betweenLong(60, days));
        } else if (u < 0.33 && days >= 60) {
            status[p] = ENDED;
            until[p] = (int) (started[p] + c.betweenLong(30, days));
        } else if (u < 0.38 && days >= 30) {
            status[p] = PAUSED;
            until[p] = (int) (started[p] + c.betweenLong(30, days));
        } else {
            status[p] = ACTIVE;
            // one active pair in seven has gone quiet for more than a month (the attention list)
            until[p] = days > 60 && c.chance(1.0 / 7) ? (int) (today - c.between(31, 150)) : (int) today;
        }
    }

    /** An active 五老 of the group, else of its township, else of its county; else anyone there. */
    private int pickVolunteer(Chance c, int o) {
        int v = register.oneActive(c, register.first[o], register.first[o + 1]);
        for (int up : new int[] {tree.township[o], tree.county[o], 0}) {
            if (v < 0 && up >= 0) {
                v = register.oneActive(c, register.subtreeFrom(up), register.subtreeTo(up));
            }
        }
        if (v < 0) {
            int from = register.subtreeFrom(tree.county[o] >= 0 ? tree.county[o] : 0);
            v = from + c.below(register.subtreeTo(tree.county[o] >= 0 ? tree.county[o] : 0) - from);
        }
        return v;
    }

    void writeBeneficiaries(Report report) throws SQLException {
        try (CopyRows rows = report.copy("beneficiary", "id, organization_id, name, name_initials, gender, birth_date, category,"
                + " situation, guardian_name, guardian_relation, guardian_phone_hash, guardian_phone_cipher, parents_whereabouts,"
                + " consent_given_by, consent_given_on, consent_method, consent_notice_version, version, created_at, updated_at,"
                + " updated_by")) {
            for (int p = 0; p < count; p++) {
                Chance c = Chance.of(seed, "beneficiary", p);
                String name = Words.young(c);
                LocalDate born = LocalDate.ofEpochDay(birth[p]);
                LocalDate start = LocalDate.ofEpochDay(started[p]);
                int age = java.time.Period.between(born, start).getYears();
                String guardian = age < 18 ? name.charAt(0) + "某某" : null;
                LocalDate consentOn = age < 14 ? c.day(start.minusDays(20).isBefore(born) ? born : start.minusDays(20), start) : null;
                rows.add(p + 1L).add(tree.id(organization[p])).add(name).add(Words.initials(name))
                        .add(c.chance(0.52) ? "MALE" : "FEMALE").add(born).add(CATEGORIES[category[p]])
                        .add(c.pick(Words.SITUATIONS[category[p]])).add(guardian)
                        // a left-behind child's parents are away: grandparents or relatives look after it
                        .add(guardian == null ? null : Words.GUARDIANS[category[p] == 1 ? c.pick(new Integer[] {0, 1, 2, 3, 6, 7})
                                : c.below(Words.GUARDIANS.length)])
                        // no guardian phone numbers, for the same reason as the 五老's mobiles
                        .addNull().addNull()
                        .add(category[p] == 1 ? c.pick(Words.WHEREABOUTS) : null)
                        .add(consentOn == null ? null : guardian).add(consentOn)
                        .add(consentOn == null ? null : CONSENT_METHODS[c.weighted(CONSENT_WEIGHTS)])
                        .add(consentOn == null ? null : consentOn.getYear() + "-1")
                        .stamp(start, 10 * 3600, Accounts.adminOf(tree, organization[p]));
                rows.endRow();
            }
        }
    }

    void writePairs(Report report) throws SQLException {
        try (CopyRows rows = report.copy("pair", "id, organization_id, volunteer_id, beneficiary_id, type, goals, started_on,"
                + " planned_end_on, status, closed_on, end_reason, outcomes, outcome_note, version, created_at, updated_at,"
                + " updated_by")) {
            for (int p = 0; p < count; p++) {
                Chance c = Chance.of(seed, "pair-row", p);
                LocalDate start = LocalDate.ofEpochDay(started[p]);
                boolean closed = status[p] == COMPLETED || status[p] == ENDED;
                LocalDate last = status[p] == ACTIVE || status[p] == PROPOSED ? start : LocalDate.ofEpochDay(until[p]);
                rows.add(p + 1L).add(tree.id(organization[p])).add(register.id(volunteer[p])).add(p + 1L).add(TYPES[type[p]])
                        .add(GOALS[type[p]]).add(start).add(c.chance(0.7) ? start.plusYears(c.between(1, 3)) : null)
                        .add(STATUSES[status[p]]).add(closed ? last : null)
                        .add(status[p] == ENDED ? Words.END_REASONS[p % Words.END_REASONS.length] : null);
                if (status[p] == COMPLETED) {
                    rows.addArray(outcomes(c, type[p])).add(type[p] == 4 ? "思想转变，积极向上" : null);
                } else {
                    rows.addArray().addNull();
                }
                rows.stamp(status[p] == ACTIVE || status[p] == PROPOSED ? 0 : 1, start, last, 10 * 3600 + 60,
                        Accounts.adminOf(tree, organization[p]));
                rows.endRow();
            }
        }
        try (CopyRows rows = report.copy("pair_status_change", "id, pair_id, status, changed_on, reason, version, created_at,"
                + " updated_at, updated_by")) {
            long id = 0;
            for (int p = 0; p < count; p++) {
                LocalDate start = LocalDate.ofEpochDay(started[p]);
                String by = Accounts.adminOf(tree, organization[p]);
                rows.add(++id).add(p + 1L).add(status[p] == PROPOSED ? "PROPOSED" : "ACTIVE").add(start).addNull()
                        .stamp(start, 10 * 3600 + 60, by);
                rows.endRow();
                if (status[p] > ACTIVE) {
                    LocalDate day = LocalDate.ofEpochDay(until[p]);
                    rows.add(++id).add(p + 1L).add(STATUSES[status[p]]).add(day)
                            .add(status[p] == PAUSED ? "帮扶对象暂时外出"
                                    : status[p] == ENDED ? Words.END_REASONS[p % Words.END_REASONS.length] : null)
                            .stamp(day, 15 * 3600, by);
                    rows.endRow();
                }
            }
        }
    }

    private static String[] outcomes(Chance c, int type) {
        return switch (type) {
            case 0 -> c.chance(0.4) ? new String[] {"LIFTED_OUT_OF_POVERTY", "SKILLED_FARMER"} : new String[] {"SKILLED_FARMER"};
            case 2 -> new String[] {"LIFTED_OUT_OF_POVERTY"};
            case 4 -> new String[] {"OTHER"};
            default -> new String[] {"SCHOOL_PROGRESS"};
        };
    }

    /**
     * The activities of the last 365 days: dealt to the pairs by how long each was active within
     * them and how often its kind of help meets, then written day by day.
     */
    void writeActivities(Report report, long total) throws SQLException {
        long today = asOf.toEpochDay();
        long yearStart = today - 364;
        double[] weights = new double[count];
        double sum = 0;
        for (int p = 0; p < count; p++) {
            long from = Math.max(started[p], yearStart);
            long to = status[p] == PROPOSED ? -1 : until[p];
            weights[p] = to < from ? 0 : (to - from + 1) * INTENSITY[type[p]];
            sum += weights[p];
        }
        int[] perPair = OrganizationTree.split(total, weights, sum);
        // counting sort by day: count the days drawn, then draw them again into their slots
        int[] slotOfDay = new int[366];
        for (int p = 0; p < count; p++) {
            Chance c = Chance.of(seed, "activity", p);
            for (int k = 0; k < perPair[p]; k++) {
                slotOfDay[(int) (day(c, p, yearStart) - yearStart) + 1]++;
            }
        }
        for (int d = 0; d < 365; d++) {
            slotOfDay[d + 1] += slotOfDay[d];
        }
        int[] next = java.util.Arrays.copyOf(slotOfDay, 365);
        int[] pairOfSlot = new int[Math.toIntExact(total)];
        for (int p = 0; p < count; p++) {
            Chance c = Chance.of(seed, "activity", p);
            for (int k = 0; k < perPair[p]; k++) {
                pairOfSlot[next[(int) (day(c, p, yearStart) - yearStart)]++] = p;
            }
        }
        Chance c = Chance.of(seed, "activity-row");
        try (CopyRows rows = report.copy("activity", "id, pair_id, occurred_on, kind, hours, distance_km, notes, recorded_by,"
                + " version, created_at, updated_at, updated_by")) {
            for (int d = 0; d < 365; d++) {
                LocalDate day = LocalDate.ofEpochDay(yearStart + d);
                for (int slot = slotOfDay[d]; slot < slotOfDay[d + 1]; slot++) {
                    int p = pairOfSlot[slot];
                    int kind = kind(c, type[p], day.getMonthValue());
                    int hundredths = kind == 6 ? 25 * c.between(1, 4) : kind == 3 ? 50 * c.between(2, 4) : 50 * c.between(2, 8);
                    int tenths = switch (kind) {
                        case 3 -> c.between(20, 300);
                        case 4 -> c.between(5, 150);
                        case 0, 1, 2 -> c.between(5, 80);
                        default -> -1;
                    };
                    String by = accounts.recorderOf(organization[p]);
                    int second = c.between(17 * 3600, 21 * 3600);
                    rows.add(slot + 1L).add(p + 1L).add(day).add(KINDS[kind]).addHundredths(hundredths).addTenthsOrNull(tenths)
                            .add(c.chance(0.35) ? c.pick(NOTES[kind]) : null).add(by).stamp(day, second, by);
                    rows.endRow();
                }
            }
        }
    }

    /** A day the pair was active within the year; farm work mostly from April to October. */
    private long day(Chance c, int p, long yearStart) {
        long from = Math.max(started[p], yearStart);
        long to = until[p];
        long day = c.betweenLong(from, to);
        for (int attempt = 0; type[p] == 0 && attempt < 8; attempt++) {
            int month = LocalDate.ofEpochDay(day).getMonthValue();
            if (month >= 4 && month <= 10 || c.chance(0.25)) {
                break;
            }
            day = c.betweenLong(from, to);
        }
        return day;
    }

    private static int kind(Chance c, int type, int month) {
        return switch (type) {
            case 0 -> month >= 4 && month <= 10 && c.chance(0.7) ? (month <= 5 ? 0 : month <= 8 ? 1 : 2) : (c.chance(0.6) ? 4 : 6);
            case 1 -> new int[] {3, 4, 5, 6}[c.weighted(new double[] {35, 30, 20, 15})];
            case 2 -> new int[] {4, 6, 7}[c.weighted(new double[] {60, 20, 20})];
            case 3 -> new int[] {5, 4, 6}[c.weighted(new double[] {65, 20, 15})];
            default -> new int[] {4, 6, 7}[c.weighted(new double[] {45, 30, 25})];
        };
    }
}
