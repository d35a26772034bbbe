package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;
import static org.casecoordination.browser.BrowserSession.waitForText;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator whose browser asks for Spanish works a case from the referral to its closure: every page is in
 * Spanish (lang="es", Spanish words), the forms too, and every page passes the accessibility check (the driver runs
 * axe-core on each page it opens).
 */
@ApplicationTest
class SpanishCaseBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    ManagementService managementService;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start(Locale.forLanguageTag("es"));
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "spanish-case-last-page.png");
    }

    @Test
    void coraWorksACaseFromReferralToClosureInSpanish() {
        browser.get(url("/referrals/new"));
        inSpanish();
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));

        waitFor(browser, By.id("referral-form"));
        inSpanish();
        browser.findElement(By.id("client-firstName")).sendKeys("Rosa");
        browser.findElement(By.id("client-lastName")).sendKeys("Navarro-Español");
        setValue(browser.findElement(By.id("client-dateOfBirth")), "1941-03-14");
        new Select(browser.findElement(By.id("primaryConcern"))).selectByValue("DEMENTIA");
        browser.findElement(By.id("referralSource")).sendKeys("Médico de cabecera");
        click(browser, By.id("submit-referral"));

        String caseNumber = waitFor(browser, By.id("case-number")).getText();
        inSpanish();
        assertThat(browser.findElement(By.id("case-stage")).getText()).isEqualTo("Admisión");

        work("Task_Intake", FormAnswers.intakeEligible(), true);
        assertThat(waitFor(browser, By.id("case-stage")).getText()).isEqualTo("Evaluación");
        assertThat(browser.findElement(By.cssSelector("#open-tasks a[data-task-key='Task_Assessment']")).getText())
                .as("the diagram's task names in Spanish (processes/case-lifecycle.es.json)")
                .isEqualTo("Evaluar necesidades");
        work("Task_Assessment", FormAnswers.assessment(), false);
        work("Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")), false);

        openTask("Task_SelectProvider");
        assertThat(browser.findElement(By.id("task-name")).getText()).isEqualTo("Elegir proveedor – Cuidado en el hogar");
        click(browser, By.cssSelector("#matching-providers .provider-card button.choose-provider"));
        WebElement row = waitFor(browser, By.cssSelector("#service-plan tbody tr"));
        inSpanish();
        new Select(row.findElement(By.name("decision"))).selectByValue("ACCEPTED");
        setValue(row.findElement(By.name("startDate")), "2026-12-07");
        click(browser, By.cssSelector("#service-plan .record-answer button"));
        waitFor(browser, By.cssSelector("#open-tasks a[data-task-key='Task_ConfirmWithClient']"));
        work("Task_ConfirmWithClient", FormAnswers.confirmWithClient(), false);
        assertThat(waitFor(browser, By.id("case-stage")).getText()).isEqualTo("Seguimiento");

        String instance = caseRepository.findByCaseNumber(caseNumber).orElseThrow().getProcessInstanceId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
                .activityId("TimerEvent_FollowUpDue").singleResult().getId());
        browser.get(url("/cases/" + caseNumber));
        work("Task_FollowUp", FormAnswers.followUp("READY_TO_CLOSE"), false);
        assertThat(waitFor(browser, By.id("case-stage")).getText()).isEqualTo("Cierre");
        work("Task_CloseCase", FormAnswers.closure("GOALS_MET"), false);

        waitFor(browser, By.id("closed"));
        inSpanish();
        assertThat(browser.findElement(By.id("case-stage")).getText()).isEqualTo("Cerrado");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Etapa");
    }

    /** From the case page: opens the task, claims it when it waits in the queue, answers and completes it. */
    private void work(String taskKey, Map<String, Object> answers, boolean claim) {
        openTask(taskKey);
        if (claim) {
            click(browser, By.id("claim-button"));
            waitFor(browser, By.id("task-assignee"));
        }
        inSpanish();
        answers.forEach(this::answer);
        click(browser, By.id("complete-button"));
        waitFor(browser, By.id("case-number"));
    }

    private void openTask(String taskKey) {
        click(browser, By.cssSelector("#open-tasks a[data-task-key='" + taskKey + "']"));
        waitFor(browser, By.id("complete-button"));
    }

    /** Answers one field of a rendered Camunda Form as a person would (ids and names are the form's keys). */
    @SuppressWarnings("unchecked")
    private void answer(String key, Object value) {
        List<WebElement> options = browser.findElements(By.cssSelector("input[name='" + key + "'][type=radio],"
                + "input[name='" + key + "'][type=checkbox]"));
        if (value instanceof List<?> chosen) {
            for (Object each : chosen) {
                click(browser, By.cssSelector("input[name='" + key + "'][value='" + each + "']"));
            }
        } else if (value instanceof Boolean yes) {
            WebElement box = browser.findElement(By.id(key));
            if (box.isSelected() != yes) {
                click(browser, By.id(key));
            }
        } else if (!options.isEmpty()) {
            click(browser, By.cssSelector("input[name='" + key + "'][value='" + value + "']"));
        } else {
            WebElement field = browser.findElement(By.id(key));
            if (field.getTagName().equals("select")) {
                new Select(field).selectByValue(String.valueOf(value));
            } else if ("date".equals(field.getAttribute("type"))) {
                setValue(field, String.valueOf(value));
            } else {
                field.clear();
                field.sendKeys(String.valueOf(value));
            }
        }
    }

    /** The page says it is Spanish and is: its heading is not the English one. */
    private void inSpanish() {
        waitForText(browser, By.tagName("body"), "");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(browser.getCurrentUrl())
                .isEqualTo("es");
        assertThat(browser.findElement(By.tagName("body")).getText()).as(browser.getCurrentUrl())
                .doesNotContain("Log out").doesNotContain("Tasks\n");
    }

    private void setValue(WebElement input, String isoValue) {
        browser.executeScript("arguments[0].value = arguments[1];", input, isoValue);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
