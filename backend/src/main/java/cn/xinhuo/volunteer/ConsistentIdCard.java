package cn.xinhuo.volunteer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * V1: the ID card number has a right GB 11643 check character, and the birth date and gender
 * agree with it. Reported on the field that is wrong, together with every other bad field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentIdCard.Validator.class)
public @interface ConsistentIdCard {

    String message() default "{xinhuo.id-card.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentIdCard, cn.xinhuo.volunteer.dto.VolunteerForm> {

        @Override
        public boolean isValid(cn.xinhuo.volunteer.dto.VolunteerForm form, ConstraintValidatorContext context) {
            if (form == null || form.idCardNumber() == null || form.idCardNumber().isBlank()) {
                return true;
            }
            var parsed = IdCardNumber.parse(form.idCardNumber());
            context.disableDefaultConstraintViolation();
            if (parsed.isEmpty()) {
                violation(context, "idCardNumber", "{xinhuo.id-card.invalid}");
                return false;
            }
            boolean ok = true;
            if (form.birthDate() != null && !form.birthDate().equals(parsed.get().birthDate())) {
                violation(context, "birthDate", "{xinhuo.id-card.birth-date-mismatch}");
                ok = false;
            }
            if (form.gender() != null && form.gender() != parsed.get().gender()) {
                violation(context, "gender", "{xinhuo.id-card.gender-mismatch}");
                ok = false;
            }
            return ok;
        }

        private static void violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        }
    }
}
