package cn.xinhuo.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static cn.xinhuo.bench.OrganizationTree.Rank;

/**
 * 领导班子, 培训 and 调研: the seats of every committee (主任, 常务副主任, 副主任, 秘书长, members) and
 * group (组长, 常务副组长 …) with a predecessor where the seat changed hands (LeadershipPolicy: the
 * seat fits the organization, terms do not run backwards), some held by a 五老 of the place; the
 * year's training classes of the counties and above (and of half the townships) attended by most
 * leaders appointed before them (trained counts only a training on or after the appointment); and
 * the counties' research visits to the places of their subtree.
 */
final class Leadership {

    private static final String[] TRAINING_FORMATS = {"CLASS", "MEETING_AS_TRAINING", "ONLINE"};
    private static final String[] TRAINING_TITLES = {"基层关工组织领导班子成员培训班", "关工委工作会议暨业务培训", "五老骨干网络培训"};
    private static final String[] TOPICS = {"基层关工委班子建设、五老队伍", "留守儿童关爱帮扶", "“五好”基层关工组织创建", "党建带关工责任制落实"};
    private static final String[] FINDINGS = {"部分村关工小组常务副组长年龄偏大、外出，需调整充实。", "留守儿童结对帮扶覆盖面有待扩大。",
            "个别组织台账不全，活动记录不及时。", "五老作用发挥好，群众评价高。"};
    private static final String[] MEASURES = {"调整充实常务副组长，新任成员全部培训。", "组织五老关爱团与留守儿童结对。",
            "规范台账，按月记录活动。", "总结推广经验做法。"};

    private final OrganizationTree tree;
    private final Register register;
    private final long seed;
    private final LocalDate asOf;
    private final Ints trainingOrganization = new Ints();
    private final Ints trainingDay = new Ints();
    private final Ints trainingFormat = new Ints();
    /** Trainings organized by organization o: firstTraining[o] … firstTraining[o + 1] − 1. */
    private final int[] firstTraining;
    private final Ints currentSeat = new Ints();
    private final Ints currentSeatOrganization = new Ints();
    private final Ints currentSeatStart = new Ints();

    Leadership(OrganizationTree tree, Register register, long seed, LocalDate asOf) {
        this.tree = tree;
        this.register = register;
        this.seed = seed;
        this.asOf = asOf;
        Chance c = Chance.of(seed, "training");
        firstTraining = new int[tree.size + 1];
        long today = asOf.toEpochDay();
        for (int o = 0; o < tree.size; o++) {
            firstTraining[o] = trainingOrganization.size();
            int held = !tree.isCommittee(o) ? 0
                    : tree.type[o] == OrganizationTree.TOWNSHIP ? (c.chance(0.5) ? 1 : 0)
                    : tree.rank[o] == Rank.COUNTY.ordinal() ? c.between(2, 3) : 1;
            for (int t = 0; t < held; t++) {
                trainingOrganization.add(o);
                trainingDay.add((int) (today - c.between(1, 364)));
                trainingFormat.add(tree.type[o] == OrganizationTree.TOWNSHIP ? 1 : c.weighted(new double[] {60, 25, 15}));
            }
        }
        firstTraining[tree.size] = trainingOrganization.size();
    }

    void writeAppointments(Report report) throws SQLException {
        Chance c = Chance.of(seed, "appointment");
        long today = asOf.toEpochDay();
        try (CopyRows rows = report.copy("appointment", "id, organization_id, person_name, volunteer_id, role, started_on,"
                + " ended_on, change_reason, version, created_at, updated_at, updated_by")) {
            long id = 0;
            for (int o = 0; o < tree.size; o++) {
                String by = Accounts.adminOf(tree, o);
                for (String role : seats(c, o)) {
                    long start = today - 1 - (long) (Math.pow(c.unit(), 1.3) * 8 * 365);
                    if (c.chance(0.25)) {
                        LocalDate from = LocalDate.ofEpochDay(start - c.between(365, 6 * 365));
                        LocalDate to = LocalDate.ofEpochDay(start - 1);
                        rows.add(++id).add(tree.id(o)).add(Words.elder(c, c.chance(0.75))).addNull().add(role).add(from).add(to)
                                .add(c.pick(Words.CHANGE_REASONS)).stamp(1, from, to, 9 * 3600, by);
                        rows.endRow();
                    }
                    int own = register.first[o + 1] - register.first[o];
                    int v = own > 0 && !role.equals("LEADER") && c.chance(tree.isCommittee(o) ? 0.3 : 0.4)
                            ? register.first[o] + c.below(own) : -1;
                    LocalDate from = LocalDate.ofEpochDay(start);
                    rows.add(++id).add(tree.id(o)).add(v >= 0 ? register.name(v) : Words.elder(c, c.chance(0.75)))
                            .addOrNull(v >= 0 ? register.id(v) : -1).add(role).add(from).addNull().addNull().stamp(from, 9 * 3600, by);
                    rows.endRow();
                    currentSeat.add(Math.toIntExact(id));
                    currentSeatOrganization.add(o);
                    currentSeatStart.add((int) start);
                }
            }
        }
    }

    /** The seats of an organization's leadership team: a committee's 主任 … or a group's 组长 …. */
    private String[] seats(Chance c, int o) {
        java.util.List<String> seats = new java.util.ArrayList<>();
        if (tree.isCommittee(o)) {
            boolean township = tree.type[o] == OrganizationTree.TOWNSHIP;
            seats.add("DIRECTOR");
            seats.add("EXECUTIVE_DEPUTY_DIRECTOR");
            for (int d = c.between(township ? 0 : 1, township ? 2 : 3); d > 0; d--) {
                seats.add("DEPUTY_DIRECTOR");
            }
            seats.add("SECRETARY_GENERAL");
            for (int m = c.between(0, 3); m > 0; m--) {
                seats.add("MEMBER");
            }
        } else {
            seats.add("LEADER");
            if (c.chance(0.85)) {
                seats.add("EXECUTIVE_DEPUTY_LEADER");
            }
            if (c.chance(0.4)) {
                seats.add("DEPUTY_LEADER");
            }
            for (int m = c.between(0, 2); m > 0; m--) {
                seats.add("MEMBER");
            }
        }
        return seats.toArray(String[]::new);
    }

    void writeTrainings(Report report) throws SQLException {
        try (CopyRows rows = report.copy("training", "id, organization_id, held_on, title, format, version, created_at, updated_at,"
                + " updated_by")) {
            for (int t = 0; t < trainingOrganization.size(); t++) {
                int o = trainingOrganization.get(t);
                LocalDate day = LocalDate.ofEpochDay(trainingDay.get(t));
                rows.add(t + 1L).add(tree.id(o)).add(day)
                        .add(day.getYear() + "年" + tree.shortName[o] + TRAINING_TITLES[trainingFormat.get(t)])
                        .add(TRAINING_FORMATS[trainingFormat.get(t)]).stamp(day, 8 * 3600, Accounts.adminOf(tree, o));
                rows.endRow();
            }
        }
        // who attended: most current leaders, the first training on or after their appointment held above them
        Chance c = Chance.of(seed, "attendance");
        try (CopyRows rows = report.copy("training_attendance", "id, training_id, appointment_id, version, created_at, updated_at,"
                + " updated_by")) {
            long id = 0;
            for (int s = 0; s < currentSeat.size(); s++) {
                int start = currentSeatStart.get(s);
                int first = -1;
                int second = -1;
                for (int a = currentSeatOrganization.get(s); a >= 0; a = tree.parent[a]) {
                    for (int t = firstTraining[a]; t < firstTraining[a + 1]; t++) {
                        if (trainingDay.get(t) >= start) {
                            if (first < 0 || trainingDay.get(t) < trainingDay.get(first)) {
                                second = first;
                                first = t;
                            } else if (second < 0) {
                                second = t;
                            }
                        }
                    }
                }
                for (int t : new int[] {first, second}) {
                    if (t >= 0 && c.chance(t == first ? 0.85 : 0.15)) {
                        LocalDate day = LocalDate.ofEpochDay(trainingDay.get(t));
                        rows.add(++id).add(t + 1L).add(currentSeat.get(s))
                                .stamp(day, 17 * 3600, Accounts.adminOf(tree, trainingOrganization.get(t)));
                        rows.endRow();
                    }
                }
            }
        }
    }

    void writeResearchVisits(Report report) throws SQLException {
        Chance c = Chance.of(seed, "research");
        Ints visitOrganization = new Ints();
        Ints visitPlaces = new Ints();
        long today = asOf.toEpochDay();
        try (CopyRows rows = report.copy("research_visit", "id, organization_id, visited_on, led_by, topics, findings, measures,"
                + " version, created_at, updated_at, updated_by")) {
            for (int o = 0; o < tree.size; o++) {
                if (tree.type[o] != OrganizationTree.CITY || tree.subtreeEnd[o] - o < 3) {
                    continue;
                }
                int visits = tree.rank[o] == Rank.COUNTY.ordinal() ? c.between(2, 4) : c.between(1, 2);
                for (int k = 0; k < visits; k++) {
                    LocalDate day = LocalDate.ofEpochDay(today - c.between(1, 364));
                    int topic = c.below(TOPICS.length);
                    visitOrganization.add(o);
                    rows.add(visitOrganization.size()).add(tree.id(o)).add(day)
                            .add(tree.shortName[o] + (c.chance(0.6) ? "关工委主任" : "关工委常务副主任")).add(TOPICS[topic])
                            .add(FINDINGS[c.below(FINDINGS.length)]).add(MEASURES[c.below(MEASURES.length)])
                            .stamp(day, 18 * 3600, Accounts.adminOf(tree, o));
                    rows.endRow();
                    visitPlaces.add(c.between(2, Math.min(6, tree.subtreeEnd[o] - o - 1)));
                }
            }
        }
        try (CopyRows rows = report.copy("research_visit_place", "research_visit_id, organization_id")) {
            for (int k = 0; k < visitOrganization.size(); k++) {
                int o = visitOrganization.get(k);
                Set<Integer> places = new HashSet<>();
                while (places.size() < visitPlaces.get(k)) {
                    places.add(o + 1 + c.below(tree.subtreeEnd[o] - o - 1));
                }
                for (int place : places.stream().sorted().toList()) {
                    rows.add(k + 1L).add(tree.id(place));
                    rows.endRow();
                }
            }
        }
    }
}
