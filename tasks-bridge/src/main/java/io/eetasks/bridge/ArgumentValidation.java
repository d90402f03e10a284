package io.eetasks.bridge;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Checks a task call's arguments with Bean Validation before anything is recorded. Uses the
 * application's own validator factory ({@code java:comp/ValidatorFactory}), looked up on first use.
 */
final class ArgumentValidation {

    private volatile Validator validator;

    void check(String taskName, Object target, Method method, Object[] arguments) {
        Set<ConstraintViolation<Object>> violations = validator().forExecutables()
                .validateParameters(target, method, arguments);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException("Invalid arguments for task " + taskName
                    + ", nothing was submitted: " + describe(violations), violations);
        }
    }

    private Validator validator() {
        Validator current = validator;
        if (current == null) {
            current = lookUpFactory().getValidator();
            validator = current;
        }
        return current;
    }

    private static ValidatorFactory lookUpFactory() {
        try {
            return (ValidatorFactory) new InitialContext().lookup("java:comp/ValidatorFactory");
        } catch (NamingException e) {
            return Validation.buildDefaultValidatorFactory();
        }
    }

    private static String describe(Set<ConstraintViolation<Object>> violations) {
        StringBuilder text = new StringBuilder();
        for (ConstraintViolation<Object> violation : violations) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(violation.getPropertyPath()).append(' ').append(violation.getMessage());
        }
        return text.toString();
    }
}
