package cn.xinhuo.beneficiary;

import cn.xinhuo.common.problem.FieldError;
import cn.xinhuo.common.problem.ProblemException;
import cn.xinhuo.common.problem.ProblemType;
import cn.xinhuo.beneficiary.dto.BeneficiaryForm;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * PIPL art. 28 and 31 as the work applies them: a child under 14 is sensitive — recorded only with
 * a guardian's consent (who, when, how, which notice), shown masked; every minor has a guardian.
 */
public final class ChildProtectionPolicy {

    /** Under this age a person's data is sensitive and needs a guardian's consent. */
    public static final int CONSENT_AGE = 14;
    public static final int ADULT_AGE = 18;

    private ChildProtectionPolicy() {
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public static boolean isProtectedChild(LocalDate birthDate, LocalDate day) {
        return ageOn(birthDate, day) < CONSENT_AGE;
    }

    /** Refuses a record of a child without consent, or of a minor without a guardian, naming each field. */
    public static void check(BeneficiaryForm form, LocalDate today) {
        int age = ageOn(form.birthDate(), today);
        List<FieldError> missing = new ArrayList<>();
        if (age < ADULT_AGE) {
            if (blank(form.guardianName())) {
                missing.add(new FieldError("guardianName", "{beneficiary.guardian-required}"));
            }
            if (blank(form.guardianRelation())) {
                missing.add(new FieldError("guardianRelation", "{beneficiary.guardian-required}"));
            }
        }
        if (age < CONSENT_AGE) {
            var consent = form.consent();
            if (consent == null) {
                missing.add(new FieldError("consent", "{beneficiary.consent-required}"));
            } else if (consent.givenOn().isAfter(today)) {
                missing.add(new FieldError("consent.givenOn", "{beneficiary.consent-in-future}"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, missing, "validation.detail",
                    String.join(", ", missing.stream().map(FieldError::field).toList()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
