package org.casecoordination.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseNumbers;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.Client;
import org.casecoordination.client.ClientRepository;
import org.casecoordination.client.PrimaryConcern;
import org.casecoordination.client.Sex;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds open cases in batches through the app's repositories and the engine's services: each case is a client, a
 * case record and a CaseLifecycle instance started right at one of its user tasks (process instance
 * modification), so the seeding takes minutes and spreads cases over teams, stages and acuity. Every task event
 * goes through the app's listeners (stage, due dates, task list rows) as in production.
 */
final class Seeder {

    /** Small enough that Hibernate's dirty checking of the batch's entities stays cheap. */
    private static final int BATCH = 100;
    /** Where a seeded case waits, with its share: a third in the team queue, the rest with their owner. */
    private static final List<Map.Entry<String, Integer>> STEPS = List.of(Map.entry("Task_Intake", 35),
            Map.entry("Task_Assessment", 20), Map.entry("Task_PlanServices", 15), Map.entry("Task_FollowUp", 25),
            Map.entry("Task_CloseCase", 5));
    private static final String[] SYLLABLES = {"an", "bel", "cor", "da", "el", "fer", "gar", "hol", "in", "jo",
        "kra", "lin", "mor", "nor", "ost", "pel", "quin", "ros", "sten", "tor", "ul", "ver", "wal", "zan"};
    private static final String[] FIRST_NAMES = {"Ada", "Ben", "Cleo", "Dev", "Ena", "Finn", "Gia", "Hal", "Ira",
        "Jun", "Kai", "Lea", "Max", "Nia", "Oli", "Pia"};

    private final ClientRepository clients;
    private final CaseRepository cases;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TransactionTemplate transaction;
    private final Random random = new Random(42);
    private final List<String> teams;

    /** Per team: some case numbers and last names of its queue, for the searches. */
    final Map<String, List<String>> queueCaseNumbers = new java.util.HashMap<>();
    final Map<String, List<String>> queueLastNames = new java.util.HashMap<>();
    /** Per team: some clients' dates of birth, as a coordinator types them (03/14/1941), for the search page. */
    final Map<String, List<String>> birthDates = new java.util.HashMap<>();

    Seeder(ApplicationContext context, List<String> teams) {
        this.clients = context.getBean(ClientRepository.class);
        this.cases = context.getBean(CaseRepository.class);
        this.caseNumbers = context.getBean(CaseNumbers.class);
        this.runtimeService = context.getBean(RuntimeService.class);
        this.taskService = context.getBean(TaskService.class);
        this.transaction = context.getBean(TransactionTemplate.class);
        this.teams = teams;
    }

    /** CPU seconds of the seeding thread, for comparing runs on a busy machine. */
    double cpuSeconds;

    /** Returns cases per second. */
    double seed(int count) {
        long start = System.nanoTime();
        long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int done = 0; done < count; done += BATCH) {
            int size = Math.min(BATCH, count - done);
            transaction.executeWithoutResult(status -> {
                for (int i = 0; i < size; i++) {
                    seedOne();
                }
            });
            if ((done + size) % 10_000 == 0 || done + size == count) {
                System.out.printf("seeded %,d of %,d cases (%.0f s)%n", done + size, count,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        cpuSeconds = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart)
                / 1e9;
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private void seedOne() {
        String team = teams.get(random.nextInt(teams.size()));
        String step = step(random);
        String lastName = lastName();
        Client client = clients.save(new Client(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)], lastName,
                LocalDate.of(1930 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextBoolean() ? Sex.FEMALE : Sex.MALE, PrimaryConcern.values()[random.nextInt(
                        PrimaryConcern.values().length)]));
        CareCase careCase = new CareCase(caseNumbers.next(), client, team,
                random.nextInt(10) == 0 ? Urgency.URGENT : Urgency.ROUTINE, "Benchmark");
        String owner = TaskListBenchmark.coordinator(team, random.nextInt(TaskListBenchmark.COORDINATORS_PER_TEAM));
        boolean atIntake = step.equals("Task_Intake");
        if (!atIntake) {
            careCase.setOwner(owner);
            careCase.setAcuity(acuity());
        }
        cases.save(careCase);
        ProcessInstance instance = runtimeService.createProcessInstanceByKey("CaseLifecycle")
                .businessKey(careCase.getCaseNumber())
                .setVariables(startVariables(careCase.getCaseNumber(), team, atIntake ? null : owner))
                .startBeforeActivity(step).execute();
        careCase.setProcessInstanceId(instance.getId());
        if (random.nextInt(10) == 0) { // some work is late
            String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
            taskService.setDueDate(taskId, Date.from(Instant.now().minus(1 + random.nextInt(20), ChronoUnit.DAYS)));
        }
        LocalDate born = client.getDateOfBirth();
        remember(birthDates, team, String.format("%02d/%02d/%d", born.getMonthValue(), born.getDayOfMonth(),
                born.getYear()));
        if (atIntake) {
            remember(queueCaseNumbers, team, careCase.getCaseNumber());
            remember(queueLastNames, team, lastName);
        }
    }

    private static void remember(Map<String, List<String>> byTeam, String team, String value) {
        List<String> values = byTeam.computeIfAbsent(team, t -> new ArrayList<>());
        if (values.size() < 1_000) {
            values.add(value);
        }
    }

    /** What a case's CaseLifecycle instance starts with (here, in the bare engine's seeding and its lifecycles). */
    static Map<String, Object> startVariables(String caseNumber, String team, String owner) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("caseNumber", caseNumber, "team", team,
                "followUpInterval", "P30D", "reassessmentInterval", "P180D"));
        if (owner != null) {
            variables.put("owner", owner);
        }
        return variables;
    }

    /** Where a seeded case waits (also for the bare engine's seeding). */
    static String step(Random random) {
        int roll = random.nextInt(100);
        for (Map.Entry<String, Integer> step : STEPS) {
            roll -= step.getValue();
            if (roll < 0) {
                return step.getKey();
            }
        }
        return STEPS.get(0).getKey();
    }

    /** Three syllables: about 14,000 different names, like a real register. */
    private String lastName() {
        String name = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                + SYLLABLES[random.nextInt(SYLLABLES.length)];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private Acuity acuity() {
        int roll = random.nextInt(100);
        return roll < 15 ? null : roll < 45 ? Acuity.LOW : roll < 72 ? Acuity.MODERATE : roll < 92 ? Acuity.HIGH
                : Acuity.CRITICAL;
    }
}
