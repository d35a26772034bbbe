package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.supervision.absence.AbsenceRepository;
import org.casecoordination.supervision.absence.Absences;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sam, supervisor of team-north, in a real browser: handles an escalated overdue assessment (a coordinator outside
 * the team is refused next to the field), hands a case of cora's to colin from the caseload page, marks cora away
 * and reopens a closed case of hers (a missing reason is refused next to the field).
 */
@ApplicationTest
class SupervisorBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    ManagementService managementService;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    AbsenceRepository absenceRepository;
    @Autowired
    Absences absences;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        ClockUtil.reset();
        absenceRepository.deleteAll();
        BrowserSession.close(browser, "supervisor-last-page.png");
    }

    @Test
    void samReassignsAnOverdueAssessmentFromTheEscalation() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        Task assessment = cases.task(caseNumber, "Task_Assessment");
        ClockUtil.setCurrentTime(Date.from(assessment.getDueDate().toInstant().plusSeconds(60)));
        runTimer(assessment.getProcessInstanceId(), "BoundaryEvent_AssessmentOverdue");
        ClockUtil.setCurrentTime(managementService.createJobQuery().processInstanceId(assessment.getProcessInstanceId())
                .activityId("TimerEvent_EscalationDue").singleResult().getDuedate());
        runTimer(assessment.getProcessInstanceId(), "TimerEvent_EscalationDue");
        ClockUtil.reset();
        String reviewId = cases.task(caseNumber, "Task_ReviewEscalation").getId();

        browser.get(url("/tasks/" + reviewId));
        browser.findElement(By.id("username")).sendKeys("sam");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));
        assertThat(waitFor(browser, By.id("task-name")).getText()).isEqualTo("Overdue: Assess needs");
        assertThat(waitFor(browser, By.id("task-description")).getText()).contains("Assess needs")
                .contains("with Cora Lindqvist");

        click(browser, By.id("escalationDecision-0")); // reassign
        waitFor(browser, By.id("reassignTo")).sendKeys("dana");
        waitFor(browser, By.id("escalationReason")).sendKeys("Cora is on leave this week.");
        click(browser, By.id("complete-button"));

        assertThat(waitFor(browser, By.id("reassignTo-error")).getText()).isEqualTo("Not a coordinator of Team North.");
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("cora");

        WebElement to = waitFor(browser, By.id("reassignTo"));
        to.clear();
        to.sendKeys("colin");
        click(browser, By.id("complete-button"));

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> cases.tasks(caseNumber, "Task_ReviewEscalation").isEmpty());
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("colin");

        browser.get(url("/cases/" + caseNumber));
        assertThat(waitFor(browser, By.tagName("body")).getText())
                .contains("reassigned to Colin Mensah: Cora is on leave this week.");
    }

    @Test
    void samHandsACaseOfCoraToColinFromTheCaseloadPage() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        login("/supervision/caseload?team=team-north");
        click(browser, By.id("work-of-cora"));
        assertThat(waitFor(browser, By.id("coordinator")).getText()).isEqualTo("Cora Lindqvist");
        click(browser, By.id("case-" + caseNumber));
        new Select(waitFor(browser, By.id("to"))).selectByValue("colin");
        click(browser, By.id("hand-over-submit"));

        assertThat(waitFor(browser, By.id("reason-error")).getText())
                .isEqualTo("Give the reason; the coordinator sees it.");
        assertThat(waitFor(browser, By.id("case-" + caseNumber)).isSelected()).as("the tick is kept").isTrue();
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getOwner()).isEqualTo("cora");

        waitFor(browser, By.id("reason")).sendKeys("Cora is on leave until the 14th.");
        click(browser, By.id("hand-over-submit"));

        assertThat(waitFor(browser, By.cssSelector("[role=status]")).getText())
                .isEqualTo("Handed no tasks and one case to Colin Mensah.");
        assertThat(browser.getCurrentUrl()).endsWith("/supervision/caseload?team=team-north");
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getOwner()).isEqualTo("colin");
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("colin");
    }

    @Test
    void samMarksCoraAwayAndLaterReopensHerClosedCaseWithAReason() {
        String caseNumber = cases.open("team-north");
        cases.complete("cora", caseNumber, "Task_Intake", FormAnswers.intakeNotEligible("NOT_ELIGIBLE"));
        cases.complete("cora", caseNumber, "Task_CloseCase", FormAnswers.closure("NOT_ELIGIBLE"));
        LocalDate today = absences.today();

        login("/supervision/absences");
        new Select(waitFor(browser, By.id("user"))).selectByVisibleText("Cora Lindqvist");
        setValue(By.id("from"), today.toString());
        setValue(By.id("until"), today.plusDays(2).toString());
        new Select(waitFor(browser, By.id("coveredBy"))).selectByVisibleText("Colin Mensah");
        click(browser, By.id("save-absence"));
        assertThat(waitFor(browser, By.cssSelector("tr[data-user=cora]")).getText()).contains("Colin Mensah")
                .contains("Sam Reyes");

        browser.get(url("/cases/" + caseNumber));
        click(browser, By.id("reopen-case"));
        click(browser, By.id("reopen-submit"));
        assertThat(waitFor(browser, By.id("reason-error")).getText()).isNotBlank();
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().isClosed()).isTrue();

        waitFor(browser, By.id("reason")).sendKeys("The client called again: home care stopped.");
        click(browser, By.id("reopen-submit"));

        assertThat(waitFor(browser, By.cssSelector("[role=status]")).getText()).contains("Case reopened");
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().isClosed()).isFalse();
        assertThat(waitFor(browser, By.tagName("body")).getText()).contains("home care stopped");
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee())
                .as("cora is away: her reopened assessment waits in the team queue").isNull();
    }

    private void login(String path) {
        browser.get(url(path));
        browser.findElement(By.id("username")).sendKeys("sam");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));
    }

    /** Date inputs take keys in the browser's locale format; the ISO value is what the form posts. */
    private void setValue(By locator, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", waitFor(browser, locator), value);
    }

    private void runTimer(String processInstanceId, String activityId) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).singleResult().getId());
    }



    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
