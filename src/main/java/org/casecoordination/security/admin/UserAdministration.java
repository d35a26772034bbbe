package org.casecoordination.security.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.Groups;
import org.casecoordination.security.admin.NewUserForm.MembershipForm;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditLog;
import org.casecoordination.security.login.UserStatus;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People, teams and roles, kept in Camunda's identity service, the one truth that this app, Tasklist, Cockpit
 * and the engine's authorization all read. A role is a membership of a role group; a team is a group
 * "team-..."; a supervisor supervises the teams they are a member of.
 */
@Service
public class UserAdministration {

    public record UserRow(String id, String name, String email, List<Role> roles, List<String> teams,
            boolean active, boolean mustChangePassword) {
    }

    public record TeamRow(String id, String name, long members) {
    }

    private final IdentityService identityService;
    private final AuditLog auditLog;
    private final UserStatus userStatus;
    private final Words words;

    UserAdministration(IdentityService identityService, AuditLog auditLog, UserStatus userStatus,
            Words words) {
        this.words = words;
        this.identityService = identityService;
        this.auditLog = auditLog;
        this.userStatus = userStatus;
    }

    public List<UserRow> users() {
        return identityService.createUserQuery().orderByUserId().asc().list().stream().map(this::row).toList();
    }

    public UserRow user(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? null : row(user);
    }

    public List<TeamRow> teams() {
        return identityService.createGroupQuery().orderByGroupId().asc().list().stream()
                .filter(group -> Groups.isTeam(group.getId()))
                .map(group -> new TeamRow(group.getId(), group.getName(),
                        identityService.createUserQuery().memberOfGroup(group.getId()).count()))
                .toList();
    }

    /** Rules a form cannot express; empty when the change may be made. */
    public List<FieldError> check(MembershipForm memberships) {
        List<FieldError> errors = new ArrayList<>();
        if (memberships.getRoles().isEmpty()) {
            errors.add(new FieldError("memberships.roles", words.text("adminUsers.error.noRole")));
        }
        Set<String> known = teams().stream().map(TeamRow::id).collect(Collectors.toSet());
        memberships.getTeams().stream().filter(team -> !known.contains(team)).findFirst()
                .ifPresent(team -> errors.add(new FieldError("memberships.teams",
                        words.text("adminUsers.error.noSuchTeam", team))));
        boolean worksCases = memberships.getRoles().contains(Role.COORDINATOR)
                || memberships.getRoles().contains(Role.SUPERVISOR);
        if (memberships.getRoles().contains(Role.ADMIN) && (worksCases || !memberships.getTeams().isEmpty())) {
            // an administrator reads client records only through logged emergency access, never by membership
            errors.add(new FieldError("memberships.roles",
                    words.text("adminUsers.error.adminWorksCases")));
        }
        if (worksCases && memberships.getTeams().isEmpty()) {
            errors.add(new FieldError("memberships.teams", words.text("adminUsers.error.noTeam")));
        }
        return errors;
    }

    @Transactional
    public void create(NewUserForm form) {
        User user = identityService.newUser(form.getId());
        user.setFirstName(form.getFirstName().strip());
        user.setLastName(form.getLastName().strip());
        user.setEmail(form.getEmail() == null || form.getEmail().isBlank() ? null : form.getEmail().strip());
        user.setPassword(form.getPassword());
        identityService.saveUser(user);
        setMemberships(form.getId(), form.getMemberships());
        userStatus.requirePasswordChange(form.getId());
        audit("created user " + form.getId());
    }

    public boolean exists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    /** A deleted user's id stays taken: the audit log must keep meaning one person by it. */
    public boolean wasDeleted(String userId) {
        return userStatus.wasDeleted(userId);
    }

    /** No more logins on any door; the user's sessions end with their next request. */
    @Transactional
    public void deactivate(String userId) {
        userStatus.deactivate(userId);
        audit("deactivated user " + userId);
    }

    @Transactional
    public void reactivate(String userId) {
        userStatus.reactivate(userId);
        audit("reactivated user " + userId);
    }

    /**
     * Removes the user from Camunda's identity (with their memberships and authorizations); the id stays in the
     * audit log and in {@code user_status}, so it is never given to someone else.
     */
    @Transactional
    public void delete(String userId) {
        identityService.deleteUser(userId);
        userStatus.markDeleted(userId);
        audit("deleted user " + userId);
    }

    /** A temporary password the user must change at their next login; their sessions end. */
    @Transactional
    public void resetPassword(String userId, String temporaryPassword) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(temporaryPassword);
        identityService.saveUser(user);
        userStatus.requirePasswordChange(userId);
        audit("set a temporary password for " + userId);
    }

    /** Replaces the person's roles and teams with the chosen ones. */
    @Transactional
    public void setMemberships(String userId, MembershipForm memberships) {
        Set<String> wanted = memberships.getRoles().stream().map(Role::groupId).collect(Collectors.toSet());
        wanted.addAll(memberships.getTeams());
        Set<String> current = groupsOf(userId);
        current.stream().filter(group -> !wanted.contains(group))
                .forEach(group -> identityService.deleteMembership(userId, group));
        wanted.stream().filter(group -> !current.contains(group))
                .forEach(group -> identityService.createMembership(userId, group));
        // Spring fixes authorities at login and Camunda's webapps cache them: end the sessions instead
        userStatus.endSessions(userId);
        audit("set roles and teams of " + userId + " to " + new java.util.TreeSet<>(wanted));
    }

    @Transactional
    public void createTeam(String teamId, String name) {
        Group team = identityService.newGroup(teamId);
        team.setName(name);
        team.setType("WORKFLOW");
        identityService.saveGroup(team);
        audit("created team " + teamId);
    }

    /** Who changed which person's access is itself part of the access record (HIPAA audit controls). */
    private void audit(String what) {
        auditLog.record(AuditAction.ADMINISTRATION, null, what, "SUCCESS");
    }

    public boolean groupExists(String groupId) {
        return identityService.createGroupQuery().groupId(groupId).count() > 0;
    }

    private Set<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
    }

    private UserRow row(User user) {
        Set<String> groups = groupsOf(user.getId());
        List<Role> roles = java.util.Arrays.stream(Role.values()).filter(role -> groups.contains(role.groupId()))
                .toList();
        List<String> teams = groups.stream().filter(Groups::isTeam).sorted().toList();
        return new UserRow(user.getId(), user.getFirstName() + " " + user.getLastName(), user.getEmail(), roles,
                teams, userStatus.isActive(user.getId()), userStatus.mustChangePassword(user.getId()));
    }
}
