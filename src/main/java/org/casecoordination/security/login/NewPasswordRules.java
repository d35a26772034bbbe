package org.casecoordination.security.login;

import org.springframework.validation.Errors;

/** The rules a new password must meet, checked before anything touches the identity service. */
final class NewPasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;

    static void check(String userId, PasswordChangeForm form, Errors errors) {
        if (isBlank(form.getCurrentPassword())) {
            errors.rejectValue("currentPassword", "required", "Enter your current password.");
        }
        String password = form.getNewPassword();
        if (password == null || password.length() < MIN_LENGTH) {
            errors.rejectValue("newPassword", "tooShort",
                    "The new password needs at least " + MIN_LENGTH + " characters.");
        } else if (password.length() > MAX_LENGTH) {
            errors.rejectValue("newPassword", "tooLong",
                    "The new password can have at most " + MAX_LENGTH + " characters.");
        } else if (password.strip().equalsIgnoreCase(userId)) {
            errors.rejectValue("newPassword", "userId", "The new password must not be your user name.");
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
