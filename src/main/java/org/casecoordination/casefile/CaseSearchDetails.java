package org.casecoordination.casefile;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.processes.ProcessInstancesById;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.People;
import org.springframework.stereotype.Component;

/**
 * What a search result shows beyond the record itself, for all cases found at once (a few queries, not a few per
 * case): the owner's full name, the open flags, and the next due date: the earliest due open task, or, for a case
 * with nothing open (waiting for its next follow-up), its next scheduled step.
 */
@Component
class CaseSearchDetails {

    private final CaseFlagRepository flags;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final ProcessInstancesById instancesById;
    private final People personNames;
    private final AsApplication asApplication;

    CaseSearchDetails(CaseFlagRepository flags, TaskService taskService, ManagementService managementService,
            ProcessInstancesById instancesById, People personNames, AsApplication asApplication) {
        this.flags = flags;
        this.taskService = taskService;
        this.managementService = managementService;
        this.instancesById = instancesById;
        this.personNames = personNames;
        this.asApplication = asApplication;
    }

    record Details(Map<String, String> ownerNames, Map<Long, List<String>> openFlags, Map<String, Instant> due) {

        String ownerName(CareCase c) {
            return c.getOwner() == null ? null : ownerNames.getOrDefault(c.getOwner(), c.getOwner());
        }

        List<String> flags(CareCase c) {
            return openFlags.getOrDefault(c.getId(), List.of());
        }

        Instant nextDue(CareCase c) {
            return due.get(c.getCaseNumber());
        }
    }

    Details of(List<CareCase> found) {
        if (found.isEmpty()) {
            return new Details(Map.of(), Map.of(), Map.of());
        }
        Map<String, String> owners = personNames.fullNames(found.stream().map(CareCase::getOwner)
                .filter(Objects::nonNull).toList());
        Map<Long, List<String>> openFlags = flags.findByCareCaseIdInAndResolvedAtIsNull(
                found.stream().map(CareCase::getId).toList()).stream()
                .collect(Collectors.groupingBy(flag -> flag.getCareCase().getId(),
                        Collectors.mapping(flag -> flag.getKind().name(),
                                Collectors.collectingAndThen(Collectors.toCollection(java.util.TreeSet::new),
                                        List::copyOf))));
        List<CareCase> running = found.stream().filter(c -> !c.isClosed()).toList();
        return new Details(owners, openFlags, asApplication.run(() -> nextDue(running)));
    }

    /** Case number → when the next thing is due. */
    private Map<String, Instant> nextDue(List<CareCase> running) {
        Map<String, Instant> due = new HashMap<>();
        if (running.isEmpty()) {
            return due;
        }
        List<Task> tasks = taskService.createTaskQuery()
                .processInstanceBusinessKeyIn(running.stream().map(CareCase::getCaseNumber).toArray(String[]::new))
                .list();
        Map<String, String> caseOfInstance = new HashMap<>();
        running.forEach(c -> caseOfInstance.put(c.getProcessInstanceId(), c.getCaseNumber()));
        // tasks of called processes (a service's arrangement) carry the case number as their business key
        Set<String> calledInstances = tasks.stream().map(Task::getProcessInstanceId)
                .filter(id -> id != null && !caseOfInstance.containsKey(id)).collect(Collectors.toSet());
        if (!calledInstances.isEmpty()) {
            // by primary key, not a process instance query: on H2 that one read every open instance
            instancesById.of(calledInstances).values()
                    .forEach(instance -> caseOfInstance.put(instance.id(), instance.businessKey()));
        }
        Set<String> withOpenTask = new HashSet<>();
        for (Task task : tasks) {
            String caseNumber = caseOfInstance.get(task.getProcessInstanceId());
            if (caseNumber != null) {
                withOpenTask.add(caseNumber);
                earliest(due, caseNumber, task.getDueDate());
            }
        }
        Set<String> waiting = running.stream().filter(c -> !withOpenTask.contains(c.getCaseNumber()))
                .map(CareCase::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!waiting.isEmpty()) {
            for (Job timer : managementService.createJobQuery().processInstanceIds(waiting).timers().list()) {
                earliest(due, caseOfInstance.get(timer.getProcessInstanceId()), timer.getDuedate());
            }
        }
        return due;
    }

    private static void earliest(Map<String, Instant> due, String caseNumber, Date date) {
        if (caseNumber == null || date == null) {
            return;
        }
        due.merge(caseNumber, date.toInstant(), (a, b) -> a.isBefore(b) ? a : b);
    }
}
