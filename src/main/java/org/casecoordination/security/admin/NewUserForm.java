package org.casecoordination.security.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A new person: who they are, their first password (to be changed), their roles and teams. */
public class NewUserForm {

    /** Camunda's resource id rule: letters and digits, single hyphens between. */
    @NotBlank(message = "{adminUsers.error.id}")
    @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{adminUsers.error.idPattern}")
    @Size(max = 64, message = "{adminUsers.error.max64}")
    private String id;

    @NotBlank(message = "{adminUsers.error.firstName}")
    @Size(max = 100, message = "{adminUsers.error.max100}")
    private String firstName;

    @NotBlank(message = "{adminUsers.error.lastName}")
    @Size(max = 100, message = "{adminUsers.error.max100}")
    private String lastName;

    @Email(message = "{adminUsers.error.email}")
    @Size(max = 200, message = "{adminUsers.error.max200}")
    private String email;

    @Size(min = 12, max = 200, message = "{adminUsers.error.passwordLength}")
    @NotBlank(message = "{adminUsers.error.password}")
    private String password;

    private MembershipForm memberships = new MembershipForm();

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public MembershipForm getMemberships() { return memberships; }
    public void setMemberships(MembershipForm memberships) { this.memberships = memberships; }

    /** Roles and teams, edited together: a coordinator without a team would see no work at all. */
    public static class MembershipForm {
        private List<Role> roles = new ArrayList<>();
        private List<String> teams = new ArrayList<>();

        public List<Role> getRoles() { return roles; }
        public void setRoles(List<Role> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
        public List<String> getTeams() { return teams; }
        public void setTeams(List<String> teams) { this.teams = teams == null ? new ArrayList<>() : teams; }
    }
}
