package org.casecoordination.security.login;

import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The rules a new password must meet, checked before anything touches the identity service: on the change page,
 * when an administrator sets a temporary one, and on Camunda's own user and password endpoints
 * ({@link EnginePasswordRules}).
 */
public final class NewPasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    /** What is wrong with {@code password} as the new password of {@code userId}, or empty. */
    public static Optional<String> problem(String userId, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("The new password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("The new password can have at most " + MAX_LENGTH + " characters.");
        }
        if (userId != null && password.strip().equalsIgnoreCase(userId)) {
            return Optional.of("The new password must not be the user name.");
        }
        return Optional.empty();
    }

    static void check(String userId, PasswordChangeForm form, Errors errors) {
        if (isBlank(form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", "required", "Enter your current password.");
        }
        String password = form.getNewPassword();
        Optional<String> problem = problem(userId, password);
        if (problem.isPresent()) {
            errors.rejectValue("newPassword", "invalid", problem.get());
        } else if (password.equals(form.getCurrentPassword())) {
            errors.rejectValue("newPassword", "unchanged", "The new password must differ from the current one.");
        }
        if (password != null && !password.equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "mismatch", "The two new passwords differ.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private NewPasswordRules() {
    }
}
