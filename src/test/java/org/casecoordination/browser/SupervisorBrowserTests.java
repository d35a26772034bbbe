package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sam, supervisor of team-north, handles an escalated overdue assessment in a real browser: sees what is late,
 * picks a coordinator outside the team by mistake, is told so next to the field, and hands it to colin.
 */
@ApplicationTest
class SupervisorBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    ManagementService managementService;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        ClockUtil.reset();
        if (browser != null) {
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), shots.resolve("supervisor-last-page.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
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
        click(By.id("login-submit"));
        assertThat(waitFor(By.id("task-name")).getText()).isEqualTo("Overdue: Assess needs");
        assertThat(waitFor(By.id("task-description")).getText()).contains("Assess needs").contains("with cora");

        click(By.id("escalationDecision-0")); // reassign
        waitFor(By.id("reassignTo")).sendKeys("dana");
        waitFor(By.id("escalationReason")).sendKeys("Cora is on leave this week.");
        click(By.id("complete-button"));

        assertThat(waitFor(By.id("reassignTo-error")).getText()).isEqualTo("Not a coordinator of team-north.");
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("cora");

        WebElement to = waitFor(By.id("reassignTo"));
        to.clear();
        to.sendKeys("colin");
        click(By.id("complete-button"));

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> cases.tasks(caseNumber, "Task_ReviewEscalation").isEmpty());
        assertThat(cases.task(caseNumber, "Task_Assessment").getAssignee()).isEqualTo("colin");

        browser.get(url("/cases/" + caseNumber));
        assertThat(waitFor(By.tagName("body")).getText()).contains("reassigned to colin: Cora is on leave this week.");
    }

    private void runTimer(String processInstanceId, String activityId) {
        managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).singleResult().getId());
    }

    private void click(By locator) {
        WebElement element = waitFor(locator);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElement(locator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
