package org.casecoordination.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.casecoordination.security.Groups;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Instances by id give what the engine's process instance query by ids gives, for every caller: the same
 * instances (what the caller may read), the same case number and process version.
 */
@ApplicationTest
class ProcessInstancesByIdTests {

    @Autowired
    ProcessInstancesById instancesById;
    @Autowired
    Cases cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    @Test
    void givesTheCaseNumberAndVersionOfRunningInstancesAndLeavesOutUnknownIds() {
        String caseNumber = cases.open("team-north");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult();
        String childExecution = runtimeService.createExecutionQuery().processInstanceId(instance.getId()).list()
                .stream().map(e -> e.getId()).filter(id -> !id.equals(instance.getId())).findFirst().orElse("none");

        Map<String, ProcessInstancesById.Instance> found = instancesById.of(List.of(instance.getId(), "no-such-id",
                childExecution));

        assertThat(found).containsOnlyKeys(instance.getId());
        assertThat(found.get(instance.getId()).businessKey()).isEqualTo(caseNumber);
        assertThat(found.get(instance.getId()).processDefinitionId()).isEqualTo(instance.getProcessDefinitionId());
    }

    @Test
    void aCallerGetsOnlyTheInstancesTheQueryWouldGiveThem() {
        String readable = instanceOf(cases.open("team-north"));
        String other = instanceOf(cases.open("team-north"));
        Set<String> both = Set.of(readable, other);
        String someone = "by-id-reader-" + System.nanoTime();
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(someone);
        grant.setResource(Resources.PROCESS_INSTANCE);
        grant.setResourceId(readable);
        grant.addPermission(Permissions.READ);
        grant = authorizationService.saveAuthorization(grant);
        try {
            assertThat(asCaller(someone, List.of(), both)).isEqualTo(Set.of(readable)).isEqualTo(queried(someone,
                    List.of(), both));
            assertThat(asCaller("by-id-stranger", List.of(), both)).isEmpty();
            assertThat(asCaller("admin", List.of(Groups.ADMINS), both))
                    .isEqualTo(queried("admin", List.of(Groups.ADMINS), both));
            assertThat(asCaller("coordinator", List.of(Groups.COORDINATORS, "team-north"), both))
                    .isEqualTo(queried("coordinator", List.of(Groups.COORDINATORS, "team-north"), both));
            assertThat(instancesById.of(both).keySet()).isEqualTo(both); // the application itself reads all
        } finally {
            authorizationService.deleteAuthorization(grant.getId());
        }
    }

    private String instanceOf(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult()
                .getId();
    }

    private Set<String> asCaller(String user, List<String> groups, Set<String> ids) {
        identityService.setAuthentication(user, groups);
        try {
            return instancesById.of(ids).keySet();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Set<String> queried(String user, List<String> groups, Set<String> ids) {
        identityService.setAuthentication(user, groups);
        try {
            return runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                    .map(ProcessInstance::getId).collect(Collectors.toSet());
        } finally {
            identityService.clearAuthentication();
        }
    }
}
