package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;

import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A coordinator gives a PHQ-9 in the assessment task, in a real browser, and sees its band, the case's acuity once
 * the assessment is done, and the case's chart.
 */
@ApplicationTest
class AssessmentBrowserTests {

    static final List<String> PHQ9_KEYS = List.of("phq9Interest", "phq9Mood", "phq9Sleep", "phq9Energy",
            "phq9Appetite", "phq9SelfWorth", "phq9Concentration", "phq9Movement", "phq9SelfHarm");

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "assessment-last-page.png");
    }

    @Test
    void coraGivesAPhq9AndSeesItsBandOnTheTaskAndItsChartOnTheCase() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();

        browser.get(url("/tasks/" + taskId));
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));
        click(browser, By.id("give-PHQ9"));
        assertThat(waitFor(browser, By.id("instrument-title")).getText()).isEqualTo("Depression (PHQ-9)");

        // items 1-8 "more than half the days" / "several days"; item 9 forgotten
        for (int i = 0; i < 8; i++) {
            click(browser, By.id(PHQ9_KEYS.get(i) + "-" + (i < 4 ? 2 : 1)));
        }
        click(browser, By.id("save-instrument"));

        assertThat(waitFor(browser, By.id("phq9SelfHarm-error")).getText()).isEqualTo("Required.");
        assertThat(browser.findElement(By.id("phq9Interest-2")).isSelected()).as("answers kept").isTrue();

        click(browser, By.id("phq9SelfHarm-0"));
        click(browser, By.id("save-instrument"));

        WebElement result = waitFor(browser, By.cssSelector("#recorded-instruments td.result"));
        assertThat(result.getText()).isEqualTo("score 12, Moderate");
        assertThat(browser.findElements(By.cssSelector("#recorded-instruments .safety-flag"))).isEmpty();

        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment()); // the acuity is decided

        browser.get(url("/cases/" + caseNumber));
        assertThat(waitFor(browser, By.id("acuity-badge")).getText()).isEqualTo("Moderate");
        assertThat(waitFor(browser, By.cssSelector("#trend-PHQ9 td.result")).getText()).isEqualTo("score 12, Moderate");
        WebElement chart = waitFor(browser, By.cssSelector("#trend-PHQ9 canvas[data-drawn='true']"));
        assertThat(chart.getSize().getHeight()).as("the chart was drawn").isPositive();
    }



    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
