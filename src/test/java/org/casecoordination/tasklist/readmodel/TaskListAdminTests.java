package org.casecoordination.tasklist.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import java.util.Map;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The consistency check finds every kind of drift, and the rebuild (page or command line) repairs it. */
@ApplicationTest
class TaskListAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskListMaintenance maintenance;
    @Autowired
    RebuildTaskListAtStart rebuildAtStart;
    @Autowired
    TaskListRebuild rebuild;
    @Autowired
    DataSource dataSource;

    final UserRequestPostProcessor admin = user("admin").authorities(() -> "GROUP_camunda-admin");

    @Test
    void onlyAdministratorsMaintainTheTaskList() throws Exception {
        for (UserRequestPostProcessor someone : List.of(Users.cora(), user("sam").authorities(
                () -> "GROUP_supervisors", () -> "GROUP_team-north"), user("ana").authorities(() -> "GROUP_analysts"))) {
            mvc.perform(get("/admin/task-list").with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/task-list/check").with(someone).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/task-list/rebuild").with(someone).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/task-list").with(admin)).andExpect(status().isOk());
    }

    @Test
    void theCheckReportsMissingExtraDifferentRowsAndWrongCountsAndTheRebuildRepairsThem() throws Exception {
        maintenance.rebuild();
        String lost = cases.task(cases.open("team-north"), "Task_Intake").getId();
        String changed = cases.task(cases.open("team-north"), "Task_Intake").getId();
        jdbc.update("delete from task_list_row where task_id = ?", lost);
        jdbc.update("update task_list_row set stage = 'CLOSURE', priority = 1 where task_id = ?", changed);
        jdbc.update("insert into task_list_row select 'no-such-task', task_name, task_definition_key, "
                + "process_instance_id, case_id, case_number, client_name, name_key, team, candidate_group, assignee, "
                + "owner, list_key, stage, acuity, acuity_rank, due_date, priority, created_at, alert_rank from task_list_row "
                + "where task_id = ?", changed);
        jdbc.update("update task_list_count set open_tasks = open_tasks + 5 where list_key = 'g:team-north'");

        Document report = Jsoup.parse(mvc.perform(post("/admin/task-list/check").with(admin).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.select("#report-summary").text()).contains("1 missing, 1 extra, 1 different rows, 1 wrong counts");
        assertThat(report.select("tr.missing").text()).contains(lost);
        assertThat(report.select("tr.extra").text()).contains("no-such-task");
        assertThat(report.select("tr.different").text()).contains(changed).contains("stage, priority");
        assertThat(report.select("tr.count").text()).contains("Queue of Team North").contains("stored");
        assertThat(report.text()).doesNotContain("Test Client");
        assertThat(audited("admin", "/admin/task-list/check")).isEqualTo(1);

        int auditedBefore = audited("admin", "/admin/task-list/rebuild");
        mvc.perform(post("/admin/task-list/rebuild").with(admin).with(csrf()).param("confirmed", "true"))
                .andExpect(redirectedUrl("/admin/task-list"))
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("The rebuild has started")));
        assertThat(audited("admin", "/admin/task-list/rebuild")).isEqualTo(auditedBefore + 1);
        awaitRebuildDone();
        ConsistencyReport after = maintenance.check();
        assertThat(after.isConsistent()).as(after.summary()).isTrue();
    }

    @Test
    void theMaintenancePageAndItsReportSpeakSpanish() throws Exception {
        // another administrator than the one whose checks the audit test counts
        UserRequestPostProcessor admin = user("ada").authorities(() -> "GROUP_camunda-admin");
        awaitRebuildDone();
        Document page = Jsoup.parse(mvc.perform(get("/admin/task-list").with(admin).header("Accept-Language", "es"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Mantenimiento de la lista de tareas");
        assertThat(page.select("#check-button").text()).isEqualTo("Comparar con el motor");
        assertThat(page.select("#rebuild-button").text()).isEqualTo("Reconstruir desde el motor\u2026");

        String lost = cases.task(cases.open("team-north"), "Task_Intake").getId();
        jdbc.update("delete from task_list_row where task_id = ?", lost);
        Document report = Jsoup.parse(mvc.perform(post("/admin/task-list/check").with(admin).with(csrf())
                        .header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(report.select("#report-table th").eachText()).contains("Problema", "Detalle");
        assertThat(report.select("#report-table tr.missing").text()).contains("Falta la fila").contains(lost)
                .contains("en el motor, no en la lista");
        maintenance.rebuild();
    }

    @Test
    void theRebuildAsksFirstHowLongItMayTakeAndWhatHappensMeanwhile() throws Exception {
        awaitRebuildDone();
        String lost = cases.task(cases.open("team-north"), "Task_Intake").getId();
        jdbc.update("delete from task_list_row where task_id = ?", lost);

        for (var firstClick : List.of(get("/admin/task-list/rebuild").with(admin),
                post("/admin/task-list/rebuild").with(admin).with(csrf()))) {
            Document question = Jsoup.parse(mvc.perform(firstClick).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString());
            assertThat(question.select("#rebuild-confirmation").text())
                    .containsPattern("may take (less than a minute|about)")
                    .contains("open tasks").contains("Meanwhile").contains("in the background");
            assertThat(question.select("#confirm-rebuild")).hasSize(1);
        }
        assertThat(maintenance.check().missing()).as("nothing rebuilt before the confirmation").contains(lost);
        assertThat(Jsoup.parse(mvc.perform(get("/admin/task-list").with(admin)).andReturn().getResponse()
                .getContentAsString()).select("#rebuild-button").attr("href")).isEqualTo("/admin/task-list/rebuild");
    }

    @Test
    void aConfirmedRebuildRunsInTheBackgroundAndThePageSaysHowItGoes() throws Exception {
        awaitRebuildDone();
        String blocked = cases.task(cases.open("team-north"), "Task_Intake").getId();
        String lost = cases.task(cases.open("team-north"), "Task_Intake").getId();
        jdbc.update("delete from task_list_row where task_id = ?", lost);
        // another transaction holds a row: the rebuild cannot finish until it lets go
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("select * from task_list_row where task_id = ? for update")) {
                lock.setString(1, blocked);
                lock.executeQuery().close();
            }
            long started = System.nanoTime();
            MvcResult started202 = mvc.perform(post("/admin/task-list/rebuild").with(admin).with(csrf())
                    .param("confirmed", "true")).andExpect(redirectedUrl("/admin/task-list")).andReturn();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the page does not wait for the rebuild")
                    .isLessThan(Duration.ofSeconds(5));
            Document running = Jsoup.parse(mvc.perform(get("/admin/task-list").with(admin)
                    .flashAttrs(started202.getFlashMap())).andReturn().getResponse().getContentAsString());
            assertThat(running.select(".alert-success").text()).contains("started in the background");
            assertThat(running.select("#rebuild-status").text()).contains("running").contains("Ada Admin");
            holder.rollback();
        }
        awaitRebuildDone();
        Document done = Jsoup.parse(mvc.perform(get("/admin/task-list").with(admin)).andReturn().getResponse()
                .getContentAsString());
        assertThat(done.select("#rebuild-status").text()).contains("The last rebuild ended").contains("open tasks");
        assertThat(maintenance.check().missing()).doesNotContain(lost);
    }

    private void awaitRebuildDone() throws InterruptedException {
        for (int i = 0; i < 600 && rebuild.last() != null && rebuild.last().running(); i++) {
            Thread.sleep(100);
        }
        assertThat(rebuild.last() == null || !rebuild.last().running()).as("rebuild finished").isTrue();
    }

    @Test
    void theCommandLineOptionRebuildsAtStart() throws Exception {
        String taskId = cases.task(cases.open("team-south"), "Task_Intake").getId();
        jdbc.update("delete from task_list_row where task_id = ?", taskId);
        rebuildAtStart.run(new DefaultApplicationArguments("--other-option"));
        assertThat(maintenance.check().missing()).contains(taskId);

        rebuildAtStart.run(new DefaultApplicationArguments("--rebuild-task-list"));
        assertThat(maintenance.check().isConsistent()).isTrue();
        assertThat(jdbc.queryForList("select task_id from task_list_row where task_id = ?", taskId)).hasSize(1);
    }

    private int audited(String actor, String resource) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select action, outcome from audit_event where actor = ? and resource = ?", actor, resource);
        rows.forEach(row -> assertThat(row).containsEntry("ACTION", "ADMINISTRATION"));
        return rows.size();
    }
}
