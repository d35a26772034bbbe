package org.casecoordination.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;

/** Logged-in demo users for page tests, with the groups they have in Camunda's identity. */
public final class Users {

    public static UserRequestPostProcessor cora() {
        return user("cora").authorities(() -> "GROUP_coordinators", () -> "GROUP_team-north");
    }

    public static UserRequestPostProcessor colin() {
        return user("colin").authorities(() -> "GROUP_coordinators", () -> "GROUP_team-north");
    }

    public static UserRequestPostProcessor dana() {
        return user("dana").authorities(() -> "GROUP_coordinators", () -> "GROUP_team-south");
    }

    private Users() {
    }
}
