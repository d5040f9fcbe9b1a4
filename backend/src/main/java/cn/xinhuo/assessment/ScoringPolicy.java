package cn.xinhuo.assessment;

import cn.xinhuo.assessment.dto.Criterion;
import cn.xinhuo.assessment.dto.EvaluationView.CriterionTotal;
import cn.xinhuo.assessment.dto.ItemScore;
import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a score sheet adds up: a criterion's items may not promise more than the criterion is worth,
 * an item is scored between 0 and its maximum, and an evaluation passes with at least the total
 * minimum and, when set, the per-criterion minimum in every criterion.
 */
public final class ScoringPolicy {

    /** The totals of an evaluation under its template. */
    public record Result(List<CriterionTotal> criteria, BigDecimal total, boolean passed) {
    }

    private ScoringPolicy() {
    }

    /** Refuses a sheet whose items are worth more than their criterion, or with a code twice. */
    public static void checkTemplate(List<Criterion> criteria, BigDecimal passTotal) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        BigDecimal max = BigDecimal.ZERO;
        for (int c = 0; c < criteria.size(); c++) {
            Criterion criterion = criteria.get(c);
            BigDecimal items = criterion.items().stream().map(Criterion.Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (items.compareTo(criterion.maxPoints()) > 0) {
                errors.add(new FieldError("criteria[" + c + "].items", "{assessment.items-over-criterion}"));
            }
            for (int i = 0; i < criterion.items().size(); i++) {
                if (!codes.add(criterion.items().get(i).code().trim())) {
                    errors.add(new FieldError("criteria[" + c + "].items[" + i + "].code", "{assessment.code-twice}"));
                }
            }
            max = max.add(criterion.maxPoints());
        }
        if (passTotal.compareTo(max) > 0) {
            errors.add(new FieldError("passTotal", "{assessment.pass-over-max}"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors, "validation.detail",
                    String.join(", ", errors.stream().map(FieldError::field).toList()));
        }
    }

    /** The totals of the scores, refusing an unknown item, an item twice or a score above its maximum. */
    public static Result score(List<Criterion> criteria, BigDecimal passTotal, BigDecimal passPerCriterion, List<ItemScore> scores) {
        Map<String, Criterion.Item> items = new HashMap<>();
        criteria.forEach(c -> c.items().forEach(i -> items.put(i.code().trim(), i)));
        List<FieldError> errors = new ArrayList<>();
        Map<String, BigDecimal> byCode = new HashMap<>();
        for (int s = 0; s < scores.size(); s++) {
            ItemScore score = scores.get(s);
            Criterion.Item item = items.get(score.code().trim());
            if (item == null) {
                errors.add(new FieldError("scores[" + s + "].code", "{assessment.unknown-item}"));
            } else if (byCode.put(item.code().trim(), score.score()) != null) {
                errors.add(new FieldError("scores[" + s + "].code", "{assessment.code-twice}"));
            } else if (score.score().compareTo(item.maxPoints()) > 0) {
                errors.add(new FieldError("scores[" + s + "].score", "{assessment.score-over-max}"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors, "validation.detail",
                    String.join(", ", errors.stream().map(FieldError::field).toList()));
        }
        List<CriterionTotal> totals = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean every = true;
        for (Criterion c : criteria) {
            BigDecimal points = c.items().stream().map(i -> byCode.getOrDefault(i.code().trim(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean passed = passPerCriterion == null || points.compareTo(passPerCriterion) >= 0;
            every &= passed;
            totals.add(new CriterionTotal(c.title(), points, c.maxPoints(), passed));
            total = total.add(points);
        }
        return new Result(totals, total, every && total.compareTo(passTotal) >= 0);
    }
}
