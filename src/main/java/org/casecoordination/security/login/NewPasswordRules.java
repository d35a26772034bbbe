package org.casecoordination.security.login;

import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The rules a new password must meet, checked before anything touches the identity service: on the change page,
 * when an administrator sets a temporary one, and on Camunda's own user and password endpoints
 * ({@link EnginePasswordRules}). A refusal is a message key with its arguments, read in the reader's language; the
 * English beside it is what a log or a caller without a language gets.
 */
public final class NewPasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    /** What is wrong with {@code password} as the new password of {@code userId}, or empty. */
    public static Optional<MessageSourceResolvable> problem(String userId, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return said("newPassword.error.tooShort", "The new password needs at least " + MIN_LENGTH
                    + " characters.", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            return said("newPassword.error.tooLong", "The new password can have at most " + MAX_LENGTH
                    + " characters.", MAX_LENGTH);
        }
        if (userId != null && password.strip().equalsIgnoreCase(userId)) {
            return said("newPassword.error.userName", "The new password must not be the user name.");
        }
        return Optional.empty();
    }

    /** Rejects {@code field} with the problem's key, arguments and English. */
    public static void reject(Errors errors, String field, MessageSourceResolvable problem) {
        errors.rejectValue(field, problem.getCodes()[0], problem.getArguments(), problem.getDefaultMessage());
    }

    private static Optional<MessageSourceResolvable> said(String key, String english, Object... arguments) {
        return Optional.of(new DefaultMessageSourceResolvable(new String[] {key}, arguments, english));
    }

    static void check(String userId, PasswordChangeForm form, Errors errors) {
        if (isBlank(form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", "passwordChange.error.currentRequired", "Enter your current password.");
        }
        String password = form.getNewPassword();
        Optional<MessageSourceResolvable> problem = problem(userId, password);
        if (problem.isPresent()) {
            reject(errors, "newPassword", problem.get());
        } else if (password.equals(form.getCurrentPassword())) {
            errors.rejectValue("newPassword", "passwordChange.error.unchanged",
                    "The new password must differ from the current one.");
        }
        if (password != null && !password.equals(form.getConfirmation())) {
            errors.rejectValue("confirmation", "passwordChange.error.mismatch", "The two new passwords differ.");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private NewPasswordRules() {
    }
}
