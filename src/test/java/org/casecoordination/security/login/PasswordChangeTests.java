package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.CamundaWebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Users change their own password; the new one works in the app and in Camunda's Tasklist. */
@ApplicationTest
class PasswordChangeTests {

    private static final String NEW_PASSWORD = "a-new-password-2";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestLogins logins;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    @Test
    void thePageAsksForTheCurrentPasswordAndTheNewOneTwice() throws Exception {
        mvc.perform(get("/account/password").with(user("cora")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"currentPassword\"")))
                .andExpect(content().string(containsString("id=\"newPassword\"")))
                .andExpect(content().string(containsString("id=\"confirmation\"")));
    }

    @Test
    void thePageNeedsALogin() throws Exception {
        mvc.perform(get("/account/password")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aUserChangesTheirPasswordAndTasklistTakesTheNewOne() throws Exception {
        String userId = logins.newUser("password-changer");

        change(userId, TestLogins.PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("message", containsString("Your password has been changed")));

        assertThat(identityService.checkPassword(userId, NEW_PASSWORD)).isTrue();
        assertThat(identityService.checkPassword(userId, TestLogins.PASSWORD)).isFalse();
        CamundaWebappSession.login(port, userId, NEW_PASSWORD, "tasklist");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedNextToTheField() throws Exception {
        String userId = logins.newUser("password-changer");
        refused(change(userId, TestLogins.WRONG, NEW_PASSWORD, NEW_PASSWORD), userId,
                "currentPassword-error", "This is not your current password.");
    }

    @Test
    void aMissingCurrentPasswordIsRefusedNextToTheField() throws Exception {
        String userId = logins.newUser("password-changer");
        refused(change(userId, "", NEW_PASSWORD, NEW_PASSWORD), userId,
                "currentPassword-error", "Enter your current password.");
    }

    @Test
    void aShortPasswordIsRefusedNextToTheField() throws Exception {
        String userId = logins.newUser("password-changer");
        refused(change(userId, TestLogins.PASSWORD, "short-pw-11", "short-pw-11"), userId,
                "newPassword-error", "at least 12 characters");
    }

    @Test
    void theUserNameAsPasswordIsRefusedNextToTheField() throws Exception {
        String userId = logins.newUser("password-changer");
        String sameAsId = userId.toUpperCase();
        refused(change(userId, TestLogins.PASSWORD, sameAsId, sameAsId), userId,
                "newPassword-error", "must not be the user name");
    }

    @Test
    void theCurrentPasswordAgainIsRefusedNextToTheField() throws Exception {
        String userId = logins.newUser("password-changer");
        refused(change(userId, TestLogins.PASSWORD, TestLogins.PASSWORD, TestLogins.PASSWORD), userId,
                "newPassword-error", "must differ from the current one");
    }

    @Test
    void twoDifferentNewPasswordsAreRefusedNextToTheConfirmation() throws Exception {
        String userId = logins.newUser("password-changer");
        refused(change(userId, TestLogins.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"), userId,
                "confirmation-error", "The two new passwords differ.");
    }

    @Test
    void aLockedUserCannotChangeTheirPassword() throws Exception {
        String userId = logins.newUser("password-changer");
        for (int i = 0; i < 5; i++) {
            change(userId, TestLogins.WRONG, NEW_PASSWORD, NEW_PASSWORD);
        }
        refused(change(userId, TestLogins.PASSWORD, NEW_PASSWORD, NEW_PASSWORD), userId,
                "password-error", "locked for 15 more minutes");
    }

    private ResultActions change(String userId, String current, String password, String confirmation)
            throws Exception {
        return mvc.perform(post("/account/password").with(user(userId)).with(csrf())
                .param("currentPassword", current).param("newPassword", password)
                .param("confirmation", confirmation));
    }

    private void refused(ResultActions result, String userId, String errorId, String message) throws Exception {
        result.andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"" + errorId + "\"")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(not(containsString("value=\"" + NEW_PASSWORD))));
        assertThat(identityService.checkPassword(userId, TestLogins.PASSWORD)).isTrue();
    }
}
