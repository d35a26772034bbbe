package org.casecoordination.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAcuityChanged;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.casecoordination.tasklist.readmodel.TaskListFilter;
import org.casecoordination.tasklist.readmodel.TaskListSort;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Search, filters, sort orders and counts of the task list page, and who sees which rows. */
@ApplicationTest
class TaskListPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskListQuery taskList;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    static final List<String> SAM_GROUPS = List.of("supervisors", "team-north", "team-south");
    static final List<String> SAM_TEAMS = List.of("team-north", "team-south");

    /** Unique per test, so that the tasks other tests leave behind never match the search. */
    final String family = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    @Test
    void searchFindsTheStartOfTheLastNameOrTheCaseNumberAndNothingOfOtherTeams() throws Exception {
        String miller = cases.open("team-north", family + "miller", "Ann");
        String millerJo = cases.open("team-north", family + "miller", "Jo");
        String moore = cases.open("team-north", family + "moore", "Ann");
        String southMiller = cases.open("team-south", family + "miller", "Ann");

        assertThat(caseNumbers(list(Users.colin(), "team", "q", family.toLowerCase() + "mil")))
                .containsExactlyInAnyOrder(miller, millerJo);
        assertThat(caseNumbers(list(Users.colin(), "team", "q", family + "Miller  jo"))).containsExactly(millerJo);
        assertThat(caseNumbers(list(Users.colin(), "team", "q", moore.toLowerCase()))).containsExactly(moore);
        assertThat(caseNumbers(list(Users.colin(), "team", "q", southMiller))).isEmpty();
        assertThat(list(Users.colin(), "team", "q", southMiller).select("#no-tasks").text()).isEqualTo("No tasks match.");
        assertThat(caseNumbers(list(Users.dana(), "team", "q", family))).containsExactly(southMiller);
    }

    @Test
    void sortsByDueDateByPriorityAndByAcuity() throws Exception {
        String first = cases.open("team-north", family, "First");
        String second = cases.open("team-north", family, "Second");
        String third = cases.open("team-north", family, "Third");
        due(first, 1);
        due(second, 2);
        due(third, 3);
        priority(first, 20);
        priority(second, 90);
        priority(third, 60);
        acuity(first, Acuity.CRITICAL);
        acuity(third, Acuity.LOW);

        assertThat(caseNumbers(list(Users.colin(), "team", "q", family))).containsExactly(first, second, third);
        assertThat(caseNumbers(list(Users.colin(), "team", "q", family, "sort", "PRIORITY")))
                .containsExactly(second, third, first);
        Document byAcuity = list(Users.colin(), "team", "q", family, "sort", "ACUITY");
        assertThat(caseNumbers(byAcuity)).containsExactly(first, third, second);
        assertThat(byAcuity.select("#task-table tbody tr td.acuity").eachText()).containsExactly("Critical", "Low", "—");
        assertThat(byAcuity.select("#task-table tbody tr:first-child .acuity-badge").hasClass("text-bg-danger")).isTrue();
    }

    @Test
    void filtersByStageAcuityAndOverdue() throws Exception {
        String atIntake = cases.open("team-north", family, "Intake");
        String atAssessment = cases.open("team-north", family, "Assessment");
        cases.completeIntake("colin", atAssessment);
        taskService.claim(cases.task(atIntake, "Task_Intake").getId(), "colin");
        acuity(atAssessment, Acuity.HIGH);
        due(atIntake, -1);

        assertThat(caseNumbers(list(Users.colin(), "mine", "q", family))).containsExactlyInAnyOrder(atIntake,
                atAssessment);
        assertThat(caseNumbers(list(Users.colin(), "mine", "q", family, "stage", "ASSESSMENT")))
                .containsExactly(atAssessment);
        assertThat(list(Users.colin(), "mine", "q", family, "stage", "ASSESSMENT").select("td.stage").text())
                .isEqualTo("Assessment");
        assertThat(caseNumbers(list(Users.colin(), "mine", "q", family, "acuity", "HIGH")))
                .containsExactly(atAssessment);
        assertThat(caseNumbers(list(Users.colin(), "mine", "q", family, "overdue", "true")))
                .containsExactly(atIntake);
        // without a search the same filters walk the list's index
        assertThat(caseNumbers(list(Users.colin(), "mine", "overdue", "true"))).contains(atIntake)
                .doesNotContain(atAssessment);
    }

    @Test
    void aFilterValueTheListDoesNotKnowIsReportedNextToItsField() throws Exception {
        Document page = list(Users.colin(), "team", "stage", "NOWHERE", "sort", "NAME", "q", "x".repeat(101));
        assertThat(page.select("#filter-stage-error").text()).isEqualTo("Choose a stage from the list.");
        assertThat(page.select("#filter-sort-error").text()).isEqualTo("Choose a sort order from the list.");
        assertThat(page.select("#filter-q-error").text()).isEqualTo("Type at most 100 characters.");
        assertThat(page.select("#filter-stage").hasClass("is-invalid")).isTrue();
    }

    @Test
    void theTabsCountTheirListsAndFollowAClaim() throws Exception {
        String caseNumber = cases.open("team-north", family, "Count");
        Document before = list(Users.colin(), "team");
        long queue = count(before, "#tab-team");
        long mine = count(before, "#tab-mine");
        assertThat(queue).isPositive().isEqualTo(taskList.countTeamQueue(List.of("coordinators", "team-north"),
                List.of("team-north")));

        taskService.claim(cases.task(caseNumber, "Task_Intake").getId(), "colin");
        Document after = list(Users.colin(), "mine");
        assertThat(count(after, "#tab-team")).isEqualTo(queue - 1);
        assertThat(count(after, "#tab-mine")).isEqualTo(mine + 1);
    }

    @Test
    void aSupervisorOfTwoTeamsSeesBothQueuesMergedInOrderAndOthersSeeNoRows() throws Exception {
        String north = cases.open("team-north", family, "North");
        String south = cases.open("team-south", family, "South");
        due(north, 2);
        due(south, 1);
        UserRequestPostProcessor sam = user("sam").authorities(() -> "GROUP_supervisors",
                () -> "GROUP_team-north", () -> "GROUP_team-south");
        assertThat(caseNumbers(list(sam, "team", "q", family))).containsExactly(south, north);

        List<TaskRow> merged = new ArrayList<>(
                taskList.teamQueue(SAM_GROUPS, SAM_TEAMS, TaskListFilter.NONE, 0).getContent());
        merged.addAll(taskList.teamQueue(SAM_GROUPS, SAM_TEAMS, TaskListFilter.NONE, 1).getContent());
        // crisis and safety rows first (issue #18), then by due date
        assertThat(merged).isSortedAccordingTo(java.util.Comparator
                .comparing((TaskRow row) -> row.alert() == null ? 0 : row.alert().rank()).reversed()
                .thenComparing(TaskRow::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        assertThat(merged).extracting(TaskRow::id).doesNotHaveDuplicates();

        for (UserRequestPostProcessor nobody : List.of(user("ana").authorities(() -> "GROUP_analysts"),
                user("admin").authorities(() -> "GROUP_camunda-admin"))) {
            for (String view : List.of("mine", "team")) {
                Document page = list(nobody, view);
                assertThat(page.select("#task-table")).isEmpty();
                assertThat(page.select("#tab-team .badge").text()).isEqualTo("0");
                assertThat(page.select("#tab-mine .badge").text()).isEqualTo("0");
            }
        }
    }

    @Test
    void aTaskHandedToSomeoneOutsideTheCasesTeamShowsThemNothingOfTheCase() throws Exception {
        String south = cases.open("team-south", family, "South");
        taskService.setAssignee(openTask(south), "colin");
        assertThat(caseNumbers(list(Users.colin(), "mine", "q", family))).isEmpty();
        assertThat(caseNumbers(list(Users.dana(), "team", "q", family))).isEmpty();
        assertThat(list(Users.colin(), "mine").html()).doesNotContain(family);
    }

    @Test
    void pagesCarryTheFilterAlong() throws Exception {
        for (int i = 0; i < TaskListQuery.PAGE_SIZE + 1; i++) {
            cases.open("team-north", family, "Page" + i);
        }
        Document first = list(Users.colin(), "team", "q", family, "sort", "PRIORITY");
        assertThat(first.select("#task-table tbody tr")).hasSize(TaskListQuery.PAGE_SIZE);
        String next = first.select("#next-page").attr("href");
        assertThat(next).contains("q=" + family).contains("sort=PRIORITY").contains("page=1");
        Document second = Jsoup.parse(mvc.perform(get(next).with(Users.colin())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(second.select("#task-table tbody tr")).hasSize(1);
        assertThat(second.select("#next-page").attr("href")).isEqualTo("#");
    }


    private void due(String caseNumber, int days) {
        taskService.setDueDate(openTask(caseNumber),
                Date.from(Instant.now().plus(days, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS)));
    }

    private void priority(String caseNumber, int priority) {
        taskService.setPriority(openTask(caseNumber), priority);
    }

    private void acuity(String caseNumber, Acuity acuity) {
        transaction.executeWithoutResult(status -> {
            CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
            careCase.setAcuity(acuity);
            events.publishEvent(new CaseAcuityChanged(careCase.getId(), caseNumber, acuity));
        });
    }

    private String openTask(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    private Document list(UserRequestPostProcessor who, String view, String... parameters) throws Exception {
        var request = get("/tasks").param("view", view).with(who);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static List<String> caseNumbers(Document page) {
        return page.select("#task-table tbody tr td:first-child").eachText();
    }

    private static long count(Document page, String tab) {
        return Long.parseLong(page.select(tab + " .badge").text());
    }
}
