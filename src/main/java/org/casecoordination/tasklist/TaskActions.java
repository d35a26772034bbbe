package org.casecoordination.tasklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.variable.Variables;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormValues;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claim, give back and complete tasks for the current user, with errors a coordinator understands. */
@Service
public class TaskActions {

    private final TaskService taskService;
    private final CommandExecutor commandExecutor;
    private final TaskFormCheck formCheck;
    private final CurrentUser currentUser;
    private final CaseRepository cases;
    private final CaseAccess access;
    private final ConcurrentChangeRetry retry;
    private final CheckedCases checkedCases;
    private final SupervisorTasks supervisorTasks;
    private final People people;
    private final ActivityNames activityNames;
    private final OneEngineCommand engine;

    TaskActions(TaskService taskService, ProcessEngine processEngine, TaskFormCheck formCheck,
            CurrentUser currentUser, CaseRepository cases, CaseAccess access, ConcurrentChangeRetry retry,
            CheckedCases checkedCases, SupervisorTasks supervisorTasks, People people, ActivityNames activityNames,
            OneEngineCommand engine) {
        this.engine = engine;
        this.activityNames = activityNames;
        this.supervisorTasks = supervisorTasks;
        this.people = people;
        this.retry = retry;
        this.checkedCases = checkedCases;
        this.cases = cases;
        this.access = access;
        this.taskService = taskService;
        this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.formCheck = formCheck;
        this.currentUser = currentUser;
    }

    /**
     * The task, if it exists and belongs to a case the current user may see: the case its process instance's
     * business key names (for a task of a called service arrangement too). A task the engine's authorization
     * hides is not found, as a TaskQuery would not have found it either.
     */
    public Task find(String taskId) {
        return findWithCase(taskId).task();
    }

    /** A task found and its case's access checked; the case is empty for a task that belongs to none. */
    private record Checked(Task task, Optional<CareCase> careCase) {
    }

    private Checked findWithCase(String taskId) {
        TaskById.Found found = found(taskId);
        if (found == null) {
            throw new TaskNotFoundException(taskId);
        }
        Optional<CareCase> careCase = caseOf(found);
        careCase.ifPresent(c -> {
            access.checkCanSee(c);
            checkedCases.checked(taskId, c); // the completion listener in this transaction need not again
        });
        return new Checked(found.task(), careCase);
    }

    private TaskById.Found found(String taskId) {
        try {
            return commandExecutor.execute(new TaskById(taskId));
        } catch (AuthorizationException e) {
            return null;
        }
    }

    private Optional<CareCase> caseOf(TaskById.Found found) {
        return found == null || found.businessKey() == null ? Optional.empty() : cases.lookUp(found.businessKey());
    }

    /**
     * Claims an unassigned task, or takes over a task that went to the case owner by default so that a colleague
     * of the team can cover (the owner is away, an emergency at the weekend). A task someone claimed is theirs,
     * except that a supervisor of the case's team may take over any task of the team. A task only supervisors may
     * complete is refused (403) to everyone else.
     */
    public void claim(String taskId) {
        retry.run("claim " + taskId, () -> claimOnce(taskId));
    }

    private void claimOnce(String taskId) {
        engine.run(() -> claimable(taskId), claim -> {
            if (claim.cover()) {
                taskService.setAssignee(taskId, claim.claimant());
            } else if (claim.claimant() != null) {
                taskService.claim(taskId, claim.claimant());
            }
            return null;
        }, failed -> claimFailed(taskId, failed));
    }

    private RuntimeException claimFailed(String taskId, RuntimeException failed) {
        if (failed instanceof TaskAlreadyClaimedException) {
            return claimedBySomeoneElse(find(taskId)); // who holds it now, read in a command of its own
        }
        if (failed instanceof NotFoundException || failed instanceof NullValueException) {
            return new TaskNotFoundException(taskId);
        }
        return failed;
    }

    /** Who claims, and whether they take it over from the case owner to cover; no claimant: mine already. */
    private record Claim(String claimant, boolean cover) {
    }

    /** The checks of a claim, refusing before anything changes. */
    private Claim claimable(String taskId) {
        Checked checked = findWithCase(taskId);
        Task task = checked.task();
        String me = currentUser.id();
        if (me.equals(task.getAssignee())) {
            return new Claim(null, false);
        }
        checkMayWork(task, checked.careCase());
        return new Claim(me, task.getAssignee() != null && canCover(task, checked.careCase()));
    }

    @Transactional
    public void unclaim(String taskId) {
        engine.run(() -> {
            Task task = find(taskId);
            if (task.getAssignee() != null && !task.getAssignee().equals(currentUser.id())) {
                throw claimedBySomeoneElse(task);
            }
            return task.getAssignee() != null;
        }, mine -> {
            if (mine) {
                taskService.setAssignee(taskId, null);
            }
            return null;
        }, failed -> failed);
    }

    /**
     * The task sits with the case owner by default and I am in its team, or I supervise the case's team: I may take
     * it over to cover.
     */
    public boolean canCover(Task task) {
        return canCover(task, caseOf(found(task.getId())));
    }

    private boolean canCover(Task task, Optional<CareCase> careCase) {
        if (task.getAssignee() == null || task.getAssignee().equals(currentUser.id())) {
            return false;
        }
        if (careCase.filter(c -> SupervisorTasks.supervises(currentUser.groups(), c.getTeam())).isPresent()) {
            return true;
        }
        boolean assignedToOwner = careCase
                .filter(c -> task.getAssignee().equals(c.getOwner())).isPresent();
        List<String> myGroups = currentUser.groups();
        return assignedToOwner && taskService.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && link.getGroupId() != null && myGroups.contains(link.getGroupId()));
    }

    /**
     * Whether the current user may hold and complete this task: anyone of the team, or for a supervisors' task only
     * a supervisor of the case's team.
     */
    private boolean mayWork(Task task, Optional<CareCase> careCase) {
        return !SupervisorTasks.isForSupervisors(taskService.getIdentityLinksForTask(task.getId()))
                || careCase.filter(c -> SupervisorTasks.supervises(currentUser.groups(), c.getTeam())).isPresent();
    }

    /** A supervisors' task, refused to anyone who does not supervise the case's team, before anything changes. */
    private void checkMayWork(Task task, Optional<CareCase> careCase) {
        if (!mayWork(task, careCase)) {
            throw new AccessDeniedException(supervisorTasks.refusal(activityNames.of(task)));
        }
    }

    /** A task completed from the form page, and the case the page goes back to. */
    public record Completed(Task task, String caseNumber) {
    }

    /**
     * Completion from this app's form page: the parameters of the HTML form. The task and its case are looked up
     * and the case's access checked once per attempt; a task that belongs to no case is refused (the page has
     * nowhere to go back to).
     */
    public Completed completeFromForm(String taskId, Map<String, String[]> parameters) {
        return retry.run("complete " + taskId, () -> completeFromFormOnce(taskId, parameters));
    }

    private Completed completeFromFormOnce(String taskId, Map<String, String[]> parameters) {
        return complete(taskId, () -> {
            Checked checked = findWithCase(taskId);
            Task task = checked.task();
            checkMayWork(task, checked.careCase());
            // the case its process instance's business key names, found above (reading the variable cost a query)
            String caseNumber = checked.careCase().map(CareCase::getCaseNumber).orElseThrow(
                    () -> new CaseConflictException("This task does not belong to a case.", "errors.taskWithoutCase"));
            FormDefinition form = formCheck.formOf(task.getProcessDefinitionId(), task.getTaskDefinitionKey())
                    .orElse(null);
            Map<String, Object> values = form == null ? Map.of() : FormValues.fromRequestParameters(form, parameters);
            return completable(new Completion(task, caseNumber,
                    formCheck.check(form, task.getTaskDefinitionKey(), values)));
        });
    }

    /** Completion from the JSON API: values keyed by the form's field keys. */
    public void complete(String taskId, Map<String, ?> submitted) {
        retry.run("complete " + taskId, () -> completeOnce(taskId, submitted));
    }

    private void completeOnce(String taskId, Map<String, ?> submitted) {
        complete(taskId, () -> {
            Checked checked = findWithCase(taskId);
            Task task = checked.task();
            checkMayWork(task, checked.careCase());
            return completable(new Completion(task, null, formCheck.checkSubmitted(task.getProcessDefinitionId(),
                    task.getTaskDefinitionKey(), submitted == null ? Map.of() : submitted)));
        });
    }

    /** A task whose values were checked, and its case's number (null from the API, which does not need it). */
    private record Completion(Task task, String caseNumber, TaskFormCheck.Result check) {
    }

    /** The checks the values and the task's holder must pass, before anything changes. */
    private Completion completable(Completion completion) {
        if (!completion.check().isValid()) {
            throw new TaskValidationException(completion.check().errors());
        }
        Task task = completion.task();
        if (task.getAssignee() != null && !task.getAssignee().equals(currentUser.id())) {
            throw claimedBySomeoneElse(task);
        }
        return completion;
    }

    /** What the first engine command of a completion did: completed the task, or only claimed it. */
    private record Step(Completion completion, boolean completed) {
    }

    /**
     * The checks and the completion in one engine command. A task nobody holds is claimed in that command and
     * completed in a second one, as before: the claim's write at the end of its command locks the task's row, so a
     * second completion of the task at the same moment waits there and then loses on the engine's optimistic lock
     * ("completed a moment ago") before the completion's listeners write the case record twice.
     */
    private Completed complete(String taskId, Supplier<Completion> checks) {
        Step step = engine.run(checks, completion -> {
            if (completion.task().getAssignee() == null) {
                taskService.claim(taskId, currentUser.id());
                return new Step(completion, false);
            }
            completeChecked(taskId, completion);
            return new Step(completion, true);
        }, failed -> completionFailed(taskId, failed));
        if (!step.completed()) {
            engine.run(step::completion, completion -> {
                completeChecked(taskId, completion);
                return null;
            }, failed -> completionFailed(taskId, failed));
        }
        return new Completed(step.completion().task(), step.completion().caseNumber());
    }

    private void completeChecked(String taskId, Completion completion) {
        formCheck.checkedForCompletion(taskId, completion.check()); // the completion listener need not check again
        taskService.complete(taskId, asVariables(completion.check().values()));
    }

    private RuntimeException completionFailed(String taskId, RuntimeException failed) {
        if (failed instanceof TaskAlreadyClaimedException) {
            return claimedBySomeoneElse(find(taskId));
        }
        if (failed instanceof NotFoundException || failed instanceof NullValueException) {
            return new TaskNotFoundException(taskId); // completed by someone else a moment ago
        }
        if (failed instanceof ProcessEngineException) {
            // a completion rule refused while the task completed (it needed the case, e.g. the consent check of
            // Task_SelectProvider): the engine wraps the listener's exception; the user gets the rule's message
            if (failed.getCause() instanceof TaskValidationException refused) {
                return refused;
            }
            return failed; // an optimistic lock among them: ConcurrentChangeRetry runs the whole action again
        }
        return goneOr(taskId, failed);
    }

    /**
     * A claim or completion that lost the race with a completion of the same task can fail inside the engine in
     * ways other than "not found" (a claim finding the task's execution already gone throws a bare
     * NullPointerException); when the task is gone, the user is told it was completed a moment ago.
     */
    private RuntimeException goneOr(String taskId, RuntimeException failure) {
        return found(taskId) == null ? new TaskNotFoundException(taskId) : failure;
    }

    /** Record-only values travel as transient variables: the engine never stores them. */
    private static Map<String, Object> asVariables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((key, value) -> variables.put(key, CaseLifecycleProcess.Variables.isContract(key)
                ? value : Variables.untypedValue(value, true)));
        return variables;
    }

    private CaseConflictException claimedBySomeoneElse(Task task) {
        String holder = people.fullName(task.getAssignee());
        return new CaseConflictException("\u201c" + task.getName() + "\u201d is already claimed by " + holder
                + ". Ask them, or a supervisor, to hand it over.", "errors.claimedBySomeoneElse", activityNames.of(task),
                holder);
    }
}
