package org.casecoordination.tasklist;

import java.util.Collection;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.Groups;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;

/**
 * Tasks only supervisors may complete (Approve closure, Approve placement, the escalations) are offered to the
 * supervisors group in the diagrams ({@code camunda:candidateGroups="supervisors"}); the team rule is the case's
 * team: only a supervisor of that team may hold or complete one. The routing in the diagram is the one source of
 * truth: the task list, the claim in this app and the engine's own doors all ask this class.
 */
@Component
public class SupervisorTasks {

    private final IdentityService identityService;
    private final AsApplication asApplication;
    private final Words words;

    SupervisorTasks(IdentityService identityService, AsApplication asApplication, Words words) {
        this.identityService = identityService;
        this.asApplication = asApplication;
        this.words = words;
    }

    /** Offered to the supervisors (its candidate groups, from the task's identity links or the read model). */
    public static boolean isForSupervisors(Collection<String> candidateGroups) {
        return candidateGroups.contains(Groups.SUPERVISORS);
    }

    public static boolean isForSupervisors(Iterable<? extends IdentityLink> links) {
        return StreamSupport.stream(links.spliterator(), false).anyMatch(link ->
                IdentityLinkType.CANDIDATE.equals(link.getType()) && Groups.SUPERVISORS.equals(link.getGroupId()));
    }

    /** Someone with these groups supervises the team. */
    public static boolean supervises(Collection<String> groups, String team) {
        return team != null && groups.contains(Groups.SUPERVISORS) && groups.contains(team);
    }

    /** Whether this user (by id, from the identity service) is a supervisor of the team. */
    public boolean isSupervisorOf(String userId, String team) {
        if (userId == null || team == null) {
            return false;
        }
        return asApplication.run(() -> identityService.createUserQuery().userId(userId)
                .memberOfGroup(Groups.SUPERVISORS).count() == 1
                && identityService.createUserQuery().userId(userId).memberOfGroup(team).count() == 1);
    }

    /** The refusal a coordinator reads, on every door alike. */
    public String refusal(String taskName) {
        return words.text("queues.refused", taskName);
    }

    /** The refusal when someone tries to hand it to a person who is no supervisor of the team. */
    public String assigneeRefusal(String taskName) {
        return words.text("queues.assigneeRefused", taskName);
    }
}
