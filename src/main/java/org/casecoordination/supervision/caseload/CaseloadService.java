package org.casecoordination.supervision.caseload;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.security.AsApplication;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.casecoordination.security.Groups;
import org.casecoordination.security.SupervisorOfTeam;
import org.casecoordination.security.People;
import org.casecoordination.supervision.absence.Absence;
import org.casecoordination.supervision.absence.Absences;
import org.casecoordination.tasklist.TaskListQuery;
import org.casecoordination.tasklist.TaskAlert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts each coordinator's open cases and tasks for the supervisors of their team. */
@Service
public class CaseloadService {

    private static final Map<Acuity, Long> WEIGHTS = Map.of(Acuity.LOW, 1L, Acuity.MODERATE, 2L, Acuity.HIGH, 3L,
            Acuity.CRITICAL, 4L);
    private static final Set<String> ESCALATIONS = Set.of(CaseLifecycleProcess.TASK_REVIEW_ESCALATION,
            CaseLifecycleProcess.TASK_SAFETY_ESCALATION, CaseLifecycleProcess.TASK_CRISIS_ESCALATION);
    /** A placement waits for a supervisor as a closure does (its task belongs to the case's called arrangement). */
    private static final Set<String> APPROVALS = Set.of(CaseLifecycleProcess.TASK_APPROVE_CLOSURE,
            ServiceArrangementProcess.TASK_APPROVE_PLACEMENT);

    private final EntityManager entityManager;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final AsApplication asApplication;
    private final Absences absences;
    private final CaseRepository cases;
    private final TaskListQuery taskList;
    private final People people;
    private final ActivityNames activityNames;

    CaseloadService(EntityManager entityManager, TaskService taskService, IdentityService identityService,
            AsApplication asApplication, Absences absences, CaseRepository cases, TaskListQuery taskList,
            People people, ActivityNames activityNames) {
        this.activityNames = activityNames;
        this.taskList = taskList;
        this.people = people;
        this.absences = absences;
        this.cases = cases;
        this.entityManager = entityManager;
        this.taskService = taskService;
        this.identityService = identityService;
        this.asApplication = asApplication;
    }

    public List<String> coordinatorsOf(String team) {
        return asApplication.run(() -> {
            Set<String> coordinators = new java.util.HashSet<>(identityService.createUserQuery()
                    .memberOfGroup(Groups.COORDINATORS).list().stream().map(User::getId).toList());
            return identityService.createUserQuery().memberOfGroup(team).list().stream().map(User::getId)
                    .filter(coordinators::contains).sorted().toList();
        });
    }

    @Transactional(readOnly = true)
    @SupervisorOfTeam
    public Caseload of(String team) {
        Map<String, List<String>> openCasesByOwner = new HashMap<>();
        Map<String, Long> weighted = new HashMap<>();
        List<Object[]> rows = entityManager.createQuery("select c.owner, c.caseNumber, c.acuity from CareCase c "
                        + "where c.team = :team and c.stage <> :closed and c.owner is not null", Object[].class)
                .setParameter("team", team).setParameter("closed", CaseStage.CLOSED).getResultList();
        for (Object[] row : rows) {
            String owner = (String) row[0];
            openCasesByOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add((String) row[1]);
            weighted.merge(owner, row[2] == null ? 1L : WEIGHTS.get((Acuity) row[2]), Long::sum);
        }
        List<CoordinatorLoad> loads = coordinatorsOf(team).stream().map(user -> {
            List<String> cases = openCasesByOwner.getOrDefault(user, List.of());
            Optional<Absence> absence = absences.current(user);
            return asApplication.run(() -> new CoordinatorLoad(user, cases.size(), weighted.getOrDefault(user, 0L),
                    tasksOf(user, team).count(),
                    tasksOf(user, team).dueBefore(ClockUtil.getCurrentTime()).count(),
                    supervisorTasks(cases, ESCALATIONS),
                    supervisorTasks(cases, APPROVALS),
                    absence.isPresent(), absence.map(Absence::getCoveredBy).orElse(null)));
        }).toList();
        return new Caseload(team, loads);
    }

    /** The open cases {@code user} owns in {@code team} and the team's open tasks assigned to them, soonest due first. */
    @Transactional(readOnly = true)
    @SupervisorOfTeam
    public CoordinatorWork workOf(String team, String user) {
        List<CoordinatorWork.OwnedCase> owned = entityManager.createQuery("select c.caseNumber, c.stage, c.acuity "
                        + "from CareCase c where c.team = :team and c.owner = :owner and c.stage <> :closed "
                        + "order by c.caseNumber", Object[].class)
                .setParameter("team", team).setParameter("owner", user).setParameter("closed", CaseStage.CLOSED)
                .getResultList().stream()
                .map(row -> new CoordinatorWork.OwnedCase((String) row[0], (CaseStage) row[1], (Acuity) row[2]))
                .toList();
        List<Task> tasks = asApplication.run(() -> tasksOf(user, team).orderByDueDate().asc().list());
        Map<String, String> caseNumbers = new HashMap<>();
        cases.findByProcessInstanceIdIn(tasks.stream().map(Task::getProcessInstanceId).distinct().toList())
                .forEach(careCase -> caseNumbers.put(careCase.getProcessInstanceId(), careCase.getCaseNumber()));
        Date now = ClockUtil.getCurrentTime();
        Map<String, TaskAlert> alerts = taskList.alertsOf(tasks.stream().map(Task::getId).toList());
        // crisis and safety first, as in every task list; soonest due within each
        List<CoordinatorWork.HeldTask> held = tasks.stream()
                .filter(task -> caseNumbers.containsKey(task.getProcessInstanceId()))
                .map(task -> new CoordinatorWork.HeldTask(task.getId(), activityNames.of(task),
                        caseNumbers.get(task.getProcessInstanceId()), task.getDueDate(),
                        task.getDueDate() != null && !task.getDueDate().after(now), alerts.get(task.getId())))
                .sorted(java.util.Comparator.comparingInt(
                        (CoordinatorWork.HeldTask task) -> task.alert() == null ? 0 : task.alert().rank()).reversed())
                .toList();
        return new CoordinatorWork(team, user, owned, held);
    }

    private TaskQuery tasksOf(String user, String team) {
        return taskService.createTaskQuery().taskAssignee(user).taskCandidateGroup(team).includeAssignedTasks();
    }

    private long supervisorTasks(Collection<String> caseNumbers, Set<String> keys) {
        if (caseNumbers.isEmpty()) {
            return 0;
        }
        return taskService.createTaskQuery().processInstanceBusinessKeyIn(caseNumbers.toArray(String[]::new))
                .taskDefinitionKeyIn(keys.toArray(String[]::new)).count();
    }
}
