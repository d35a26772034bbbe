package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
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
        if (browser != null) {
            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), shots.resolve("assessment-last-page.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void coraGivesAPhq9AndSeesItsBandOnTheTaskAndItsChartOnTheCase() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        String taskId = cases.task(caseNumber, "Task_Assessment").getId();

        browser.get(url("/tasks/" + taskId));
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(By.id("login-submit"));
        click(By.id("give-PHQ9"));
        assertThat(waitFor(By.id("instrument-title")).getText()).isEqualTo("Depression (PHQ-9)");

        // items 1-8 "more than half the days" / "several days"; item 9 forgotten
        for (int i = 0; i < 8; i++) {
            click(By.id(PHQ9_KEYS.get(i) + "-" + (i < 4 ? 2 : 1)));
        }
        click(By.id("save-instrument"));

        assertThat(waitFor(By.id("phq9SelfHarm-error")).getText()).isEqualTo("Required.");
        assertThat(browser.findElement(By.id("phq9Interest-2")).isSelected()).as("answers kept").isTrue();

        click(By.id("phq9SelfHarm-0"));
        click(By.id("save-instrument"));

        WebElement result = waitFor(By.cssSelector("#recorded-instruments td.result"));
        assertThat(result.getText()).isEqualTo("score 12, MODERATE");
        assertThat(browser.findElements(By.cssSelector("#recorded-instruments .safety-flag"))).isEmpty();

        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment()); // the acuity is decided

        browser.get(url("/cases/" + caseNumber));
        assertThat(waitFor(By.id("acuity-badge")).getText()).isEqualTo("MODERATE");
        assertThat(waitFor(By.cssSelector("#trend-PHQ9 td.result")).getText()).isEqualTo("score 12, MODERATE");
        WebElement chart = waitFor(By.cssSelector("#trend-PHQ9 canvas[data-drawn='true']"));
        assertThat(chart.getSize().getHeight()).as("the chart was drawn").isPositive();
    }

    /** Scrolls the element to the middle of the window first, as a person would. */
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
