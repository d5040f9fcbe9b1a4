package cn.xinhuo.volunteer;

import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Who counts as a 五老: at least the minimum age of the rule in force for the person's residence
 * and gender. Below it only an administrator may register someone, and only with a reason.
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /**
     * @param rule            the rule in force on {@code day}; null when none applies
     * @param overrideReason  the administrator's reason, if any
     * @param mayOverride     whether the caller may register someone below the age
     */
    public static void check(EligibilityRule rule, LocalDate birthDate, LocalDate day, String overrideReason,
                             boolean mayOverride) {
        boolean hasReason = overrideReason != null && !overrideReason.isBlank();
        if (hasReason && !mayOverride) {
            throw new ProblemException(ProblemType.VALIDATION,
                    List.of(new FieldError("eligibilityOverrideReason", "{volunteer.override-not-allowed}")),
                    "volunteer.override-not-allowed");
        }
        if (rule == null || ageOn(birthDate, day) >= rule.minAge || hasReason) {
            return;
        }
        throw new ProblemException(ProblemType.VALIDATION,
                List.of(new FieldError("birthDate", "{volunteer.below-age}")), "volunteer.below-age",
                "{residence." + rule.residence + "}", "{gender." + rule.gender + "}", rule.minAge);
    }
}
