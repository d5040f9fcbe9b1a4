package cn.xinhuo.bench;

import cn.xinhuo.assessment.ScoringPolicy;
import cn.xinhuo.assessment.dto.Criterion;
import cn.xinhuo.assessment.dto.ItemScore;
import cn.xinhuo.campaign.dto.YearTarget;
import cn.xinhuo.organization.OrganizationType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static cn.xinhuo.bench.OrganizationTree.Rank;

/**
 * The 五好 campaign and the 党建带关工 results, on the demo data set's two score sheets (seeds/demo
 * assessment-templates.json), held by the root so every organization may be scored on them. Each
 * county runs a three-year plan ending this year: most of its townships and groups enrolled, then
 * checked themselves, and passed a spot check of one of the county's two rounds a year to be
 * awarded the title; holders are spot-checked every round of the last year, warned when they fail
 * and, failing a recheck, lose the title (AwardPolicy: each step on its own confirmed evaluation).
 * Every village and community party branch has its half-year and year-end results of the last year.
 * Totals and passes are computed by the application's ScoringPolicy; evaluations of the last two
 * weeks are still submitted, not confirmed.
 */
final class Assessments {

    private static final String[] KINDS = {"SELF_CHECK", "SPOT_CHECK", "RECHECK", "HALF_YEAR_PRELIMINARY", "YEAR_END_OVERALL"};
    private static final int SELF = 0;
    private static final int SPOT = 1;
    private static final int RECHECK = 2;
    private static final int HALF_YEAR = 3;
    private static final int YEAR_END = 4;
    private static final String[] STATUSES = {"DRAFT", "SUBMITTED", "CONFIRMED"};
    private static final int CONFIRMED = 2;
    private static final String[] AWARDS = {"AWARDED", "WARNED", "REVOKED"};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One sheet of assessment-templates.json. */
    record Sheet(String organization, String kind, String name, BigDecimal passTotal, BigDecimal passPerCriterion,
                 List<Criterion> criteria) {
    }

    private final OrganizationTree tree;
    private final long seed;
    private final LocalDate asOf;
    private final List<Sheet> sheets;
    private final int planStart;
    private final Ints campaignCounty = new Ints();
    private final Ints enrolmentCampaign = new Ints();
    private final Ints enrolmentOrganization = new Ints();
    private final Ints enrolmentYear = new Ints();
    private final Ints enrolmentDay = new Ints(); // -1: planned, not yet enrolled
    private final Ints evaluationOrganization = new Ints();
    private final Ints evaluationKind = new Ints();
    private final Ints evaluationDay = new Ints();
    private final Ints evaluationStatus = new Ints();
    private final Ints evaluationAim = new Ints(); // 1: scored to pass, 0: to fail (ScoringPolicy decides)
    private final Ints evaluationCounty = new Ints(); // the evaluating county (-1: the organization itself, or its township)
    private final Ints awardOrganization = new Ints();
    private final Ints awardKind = new Ints();
    private final Ints awardDay = new Ints();
    private final Ints awardEvaluation = new Ints();
    private boolean[] passed = new boolean[0];

    Assessments(OrganizationTree tree, long seed, LocalDate asOf) {
        this.tree = tree;
        this.seed = seed;
        this.asOf = asOf;
        this.sheets = readSheets();
        this.planStart = asOf.getYear() - 2;
        Chance c = Chance.of(seed, "five-good");
        for (int county = 0; county < tree.size; county++) {
            if (tree.rank[county] == Rank.COUNTY.ordinal()) {
                plan(c, county);
            }
        }
        partyBuilding(Chance.of(seed, "party-building"));
    }

    /** A county's plan, its enrolments and the evaluations and titles that follow. */
    private void plan(Chance c, int county) {
        int campaign = campaignCounty.size();
        campaignCounty.add(county);
        List<Integer> rounds = new ArrayList<>();
        for (int year = planStart; year <= asOf.getYear(); year++) {
            rounds.add((int) LocalDate.of(year, 6, 10).plusDays(c.between(0, 15)).toEpochDay());
            rounds.add((int) LocalDate.of(year, 11, 5).plusDays(c.between(0, 20)).toEpochDay());
        }
        rounds.removeIf(day -> day > asOf.toEpochDay());
        long today = asOf.toEpochDay();
        for (int o = county + 1; o < tree.subtreeEnd[county]; o++) {
            double u = c.unit();
            if (u >= 0.75) {
                continue;
            }
            enrolmentCampaign.add(campaign);
            enrolmentOrganization.add(o);
            if (u >= 0.65) {
                enrolmentYear.add(asOf.getYear());
                enrolmentDay.add(-1);
                continue;
            }
            long enrolled = c.betweenLong(LocalDate.of(planStart, 1, 1).toEpochDay(), today - 30);
            enrolmentYear.add(LocalDate.ofEpochDay(enrolled).getYear());
            enrolmentDay.add((int) enrolled);
            long selfCheck = enrolled + c.between(60, 200);
            if (selfCheck > today - 3) {
                continue;
            }
            int self = evaluate(o, SELF, selfCheck, c.chance(0.88), -1);
            if (!confirmedPass(self)) {
                continue;
            }
            title(c, o, county, rounds, selfCheck);
        }
    }

    /** Spot checks from the first round after the self-check: the title, then the year's checks of the holder. */
    private void title(Chance c, int o, int county, List<Integer> rounds, long after) {
        long today = asOf.toEpochDay();
        boolean holding = false;
        boolean warned = false;
        int attempts = 0;
        for (int round : rounds) {
            if (round <= after) {
                continue;
            }
            if (!holding) {
                if (attempts++ == 2) {
                    return;
                }
                int spot = evaluate(o, SPOT, round, c.chance(0.85), county);
                long awarded = round + c.between(5, 20);
                if (confirmedPass(spot) && awarded <= today) {
                    award(o, 0, awarded, spot);
                    holding = true;
                    after = awarded;
                }
                continue;
            }
            if (round < today - 365) {
                continue;
            }
            int spot = evaluate(o, SPOT, round, c.chance(0.95), county);
            if (isConfirmed(spot) && !passed[spot]) {
                award(o, warned ? 2 : 1, round + c.between(3, 10), spot);
                if (warned) {
                    return;
                }
                warned = true;
                long recheck = round + c.between(60, 120);
                if (recheck <= today - 3) {
                    int again = evaluate(o, RECHECK, recheck, c.chance(0.7), county);
                    if (isConfirmed(again) && !passed[again]) {
                        award(o, 2, recheck + c.between(3, 10), again);
                        return;
                    }
                }
            }
        }
    }

    /** Every village and community party branch: the half-year and year-end results of the last year. */
    private void partyBuilding(Chance c) {
        long today = asOf.toEpochDay();
        for (int o = 0; o < tree.size; o++) {
            if (tree.type[o] != OrganizationTree.VILLAGE && tree.type[o] != OrganizationTree.COMMUNITY) {
                continue;
            }
            for (int year = asOf.getYear() - 1; year <= asOf.getYear(); year++) {
                for (int kind : new int[] {HALF_YEAR, YEAR_END}) {
                    long end = (kind == HALF_YEAR ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31)).toEpochDay();
                    long day = end + c.between(5, 25);
                    if (end > today - 365 && day <= today) {
                        evaluate(o, kind, day, c.chance(0.92), -1);
                    }
                }
            }
        }
    }

    /** Plans an evaluation; returns its index. Its scores, and so whether it passed, are drawn from its own row. */
    private int evaluate(int o, int kind, long day, boolean aimToPass, int county) {
        int e = evaluationOrganization.size();
        long today = asOf.toEpochDay();
        evaluationOrganization.add(o);
        evaluationKind.add(kind);
        evaluationDay.add((int) day);
        evaluationStatus.add(day <= today - 14 ? CONFIRMED : kind == SELF && day > today - 7 ? 0 : 1);
        evaluationAim.add(aimToPass ? 1 : 0);
        evaluationCounty.add(county);
        if (e == passed.length) {
            passed = Arrays.copyOf(passed, Math.max(1024, e * 2));
        }
        passed[e] = score(e).passed();
        return e;
    }

    private boolean isConfirmed(int e) {
        return evaluationStatus.get(e) == CONFIRMED;
    }

    private boolean confirmedPass(int e) {
        return isConfirmed(e) && passed[e];
    }

    private void award(int o, int kind, long day, int evaluation) {
        awardOrganization.add(o);
        awardKind.add(kind);
        awardDay.add((int) Math.min(day, asOf.toEpochDay()));
        awardEvaluation.add(evaluation);
    }

    private Sheet sheetOf(int e) {
        return sheets.get(evaluationKind.get(e) >= HALF_YEAR ? 1 : 0);
    }

    /** Items scored near their maximum (aiming to pass) or with real deductions, in half points. */
    private List<ItemScore> scores(int e) {
        Chance c = Chance.of(seed, "evaluation", e);
        boolean aim = evaluationAim.get(e) == 1;
        List<ItemScore> scores = new ArrayList<>();
        for (Criterion criterion : sheetOf(e).criteria()) {
            for (Criterion.Item item : criterion.items()) {
                double max = item.maxPoints().doubleValue();
                double deduction = max * (aim ? new double[] {0, 0, 0, 0.1, 0.2}[c.below(5)] : 0.1 + 0.5 * c.unit());
                double score = Math.max(0, Math.round((max - deduction) * 2) / 2.0);
                scores.add(new ItemScore(item.code(), BigDecimal.valueOf(score).stripTrailingZeros(), null));
            }
        }
        return scores;
    }

    private ScoringPolicy.Result score(int e) {
        Sheet sheet = sheetOf(e);
        return ScoringPolicy.score(sheet.criteria(), sheet.passTotal(), sheet.passPerCriterion(), scores(e));
    }

    void write(Report report) throws SQLException {
        String root = "sysadmin";
        try (CopyRows rows = report.copy("assessment_template", "id, organization_id, family_id, version_no, kind, name, criteria,"
                + " pass_total, pass_per_criterion, current, version, created_at, updated_at, updated_by")) {
            LocalDate day = LocalDate.of(planStart, 1, 1);
            for (int t = 0; t < sheets.size(); t++) {
                Sheet s = sheets.get(t);
                rows.add(t + 1L).add(tree.id(0)).add(t + 1L).add(1).add(s.kind()).add(s.name()).add(json(s.criteria()))
                        .add(s.passTotal().toPlainString()).add(s.passPerCriterion() == null ? null : s.passPerCriterion().toPlainString())
                        .add(true).stamp(day, 9 * 3600, root);
                rows.endRow();
            }
        }
        writeCampaigns(report);
        int[] idOf = evaluationIds();
        try (CopyRows rows = report.copy("evaluation", "id, organization_id, template_id, kind, evaluated_on, evaluators, scores,"
                + " comment, total, passed, status, version, created_at, updated_at, updated_by")) {
            int[] order = new int[idOf.length];
            for (int e = 0; e < idOf.length; e++) {
                order[idOf[e] - 1] = e;
            }
            for (int e : order) {
                int o = evaluationOrganization.get(e);
                int kind = evaluationKind.get(e);
                int county = evaluationCounty.get(e);
                LocalDate day = LocalDate.ofEpochDay(evaluationDay.get(e));
                List<ItemScore> scores = scores(e);
                Sheet sheet = sheetOf(e);
                ScoringPolicy.Result result = ScoringPolicy.score(sheet.criteria(), sheet.passTotal(), sheet.passPerCriterion(), scores);
                int status = evaluationStatus.get(e);
                String evaluators = county >= 0 ? tree.name(county) + "抽查组"
                        : kind == SELF ? tree.shortName[o] + "自查组"
                        : tree.shortName[tree.township[o] >= 0 ? tree.township[o] : o] + "党委考核组";
                String by = Accounts.adminOf(tree, county >= 0 ? county : o);
                rows.add(idOf[e]).add(tree.id(o)).add(kind >= HALF_YEAR ? 2 : 1).add(KINDS[kind]).add(day).add(evaluators)
                        .add(scoresJson(scores)).add(result.passed() ? null : "存在薄弱环节，限期整改").add(result.total().toPlainString())
                        .add(result.passed()).add(STATUSES[status]).stamp(status, day, day.plusDays(status), 14 * 3600, by);
                rows.endRow();
            }
        }
        try (CopyRows rows = report.copy("award_event", "id, organization_id, kind, occurred_on, decided_by, evaluation_id, reason,"
                + " version, created_at, updated_at, updated_by")) {
            for (int a = 0; a < awardOrganization.size(); a++) {
                int o = awardOrganization.get(a);
                int county = evaluationCounty.get(awardEvaluation.get(a));
                LocalDate day = LocalDate.ofEpochDay(awardDay.get(a));
                int kind = awardKind.get(a);
                rows.add(a + 1L).add(tree.id(o)).add(AWARDS[kind]).add(day).add(tree.name(county))
                        .add(idOf[awardEvaluation.get(a)])
                        .add(kind == 0 ? null : kind == 1 ? "抽查未达标，限期整改" : "复查仍未达标，摘牌")
                        .stamp(day, 16 * 3600, Accounts.adminOf(tree, county));
                rows.endRow();
            }
        }
    }

    private void writeCampaigns(Report report) throws SQLException {
        List<Map<String, Integer>> targets = new ArrayList<>();
        for (int k = 0; k < campaignCounty.size(); k++) {
            targets.add(new TreeMap<>());
        }
        for (int n = 0; n < enrolmentCampaign.size(); n++) {
            String key = enrolmentYear.get(n) + "/" + OrganizationTree.TYPES[tree.type[enrolmentOrganization.get(n)]];
            targets.get(enrolmentCampaign.get(n)).merge(key, 1, Integer::sum);
        }
        try (CopyRows rows = report.copy("campaign", "id, organization_id, name, start_year, end_year, targets, version,"
                + " created_at, updated_at, updated_by")) {
            LocalDate day = LocalDate.of(planStart, 1, 1).plusDays(40);
            for (int k = 0; k < campaignCounty.size(); k++) {
                int county = campaignCounty.get(k);
                List<YearTarget> yearly = targets.get(k).entrySet().stream().map(t -> new YearTarget(
                        Integer.parseInt(t.getKey().substring(0, 4)), OrganizationType.valueOf(t.getKey().substring(5)), t.getValue()))
                        .toList();
                rows.add(k + 1L).add(tree.id(county)).add(tree.shortName[county] + "“五好”基层关工组织创建三年规划（" + planStart + "—"
                        + asOf.getYear() + "）").add(planStart).add(asOf.getYear()).add(json(yearly))
                        .stamp(day, 10 * 3600, Accounts.adminOf(tree, county));
                rows.endRow();
            }
        }
        try (CopyRows rows = report.copy("campaign_enrolment", "id, campaign_id, organization_id, plan_year, status, enrolled_on,"
                + " note, version, created_at, updated_at, updated_by")) {
            for (int n = 0; n < enrolmentCampaign.size(); n++) {
                int day = enrolmentDay.get(n);
                LocalDate on = day < 0 ? null : LocalDate.ofEpochDay(day);
                LocalDate created = on != null ? on : LocalDate.of(planStart, 3, 1);
                rows.add(n + 1L).add(enrolmentCampaign.get(n) + 1L).add(tree.id(enrolmentOrganization.get(n))).add(enrolmentYear.get(n))
                        .add(on == null ? "PLANNED" : "ENROLLED").add(on).addNull()
                        .stamp(created, 11 * 3600, Accounts.adminOf(tree, campaignCounty.get(enrolmentCampaign.get(n))));
                rows.endRow();
            }
        }
    }

    /** Ids in the order the evaluations happened (by day, then as planned). */
    private int[] evaluationIds() {
        int n = evaluationOrganization.size();
        long[] keys = new long[n];
        for (int e = 0; e < n; e++) {
            keys[e] = (long) evaluationDay.get(e) << 32 | e;
        }
        Arrays.sort(keys);
        int[] idOf = new int[n];
        for (int i = 0; i < n; i++) {
            idOf[(int) keys[i]] = i + 1;
        }
        return idOf;
    }

    /** The scores as the application stores them (Jackson's form of List&lt;ItemScore&gt;), written by hand for speed. */
    private static String scoresJson(List<ItemScore> scores) {
        StringBuilder out = new StringBuilder(scores.size() * 48).append('[');
        for (ItemScore score : scores) {
            out.append(out.length() == 1 ? "" : ", ").append("{\"code\": \"").append(score.code()).append("\", \"score\": ")
                    .append(score.score().toPlainString()).append(", \"comment\": null}");
        }
        return out.append(']').toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Sheet> readSheets() {
        try (InputStream in = Assessments.class.getClassLoader().getResourceAsStream("demo/assessment-templates.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/assessment-templates.json is not on the classpath (backend/target/classes)");
            }
            List<Sheet> sheets = Arrays.asList(JSON.readValue(in, Sheet[].class));
            if (sheets.size() != 2 || !sheets.get(0).kind().equals("FIVE_GOOD") || !sheets.get(1).kind().equals("PARTY_BUILDING")) {
                throw new IllegalStateException("expected the 五好 sheet and the 党建带关工 sheet in assessment-templates.json");
            }
            return sheets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
