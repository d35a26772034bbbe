package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A coordinator's first morning, in a real browser: referral, intake with a mistake, correction, assessment. */
@ApplicationTest
class CoordinatorBrowserTests {

    @LocalServerPort
    int port;

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
            Files.copy(shot.toPath(), shots.resolve("coordinator-last-page.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void coraEntersAReferralAndCompletesIntakeAfterFixingAMissingField() {
        browser.get(url("/tasks"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(By.id("login-submit"));
        waitFor(By.id("tab-mine"));

        click(By.id("nav-new-referral"));
        browser.findElement(By.id("client-firstName")).sendKeys("Eleanor");
        browser.findElement(By.id("client-lastName")).sendKeys("Vance-Browser");
        typeDate(browser.findElement(By.id("client-dateOfBirth")), "1938-05-09");
        new Select(browser.findElement(By.id("primaryConcern"))).selectByValue("DEMENTIA");
        browser.findElement(By.id("referralSource")).sendKeys("Family physician");
        click(By.id("submit-referral"));

        String caseNumber = waitFor(By.id("case-number")).getText();
        assertThat(caseNumber).matches("CC-\\d{4}-\\d{6}");
        assertThat(browser.findElement(By.id("case-stage")).getText()).isEqualTo("Intake");

        click(By.cssSelector("#open-tasks a[data-task-key='Task_Intake']"));
        click(By.id("claim-button"));
        assertThat(waitFor(By.id("task-assignee")).getText()).isEqualTo("cora");

        typeDate(browser.findElement(By.id("contactDate")), "2026-11-20");
        new Select(browser.findElement(By.id("contactMethod"))).selectByValue("PHONE");
        new Select(browser.findElement(By.id("livingSituation"))).selectByValue("ALONE");
        click(By.id("eligible"));
        click(By.id("complete-button")); // "What the client needs" left empty

        WebElement error = waitFor(By.id("presentingNeeds-error"));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.findElement(By.id("page-error")).getText()).contains("Nothing has been saved");
        assertThat(new Select(browser.findElement(By.id("livingSituation"))).getFirstSelectedOption()
                .getAttribute("value")).as("entered values are kept").isEqualTo("ALONE");

        browser.findElement(By.id("presentingNeeds"))
                .sendKeys("Forgets meals and medication; daughter visits on weekends.");
        click(By.id("complete-button"));

        assertThat(waitFor(By.id("case-number")).getText()).isEqualTo(caseNumber);
        assertThat(browser.findElement(By.id("case-stage")).getText()).isEqualTo("Assessment");
        assertThat(browser.findElement(By.id("case-owner")).getText()).isEqualTo("cora");
        assertThat(browser.findElements(By.cssSelector("#open-tasks a[data-task-key='Task_Assessment']")))
                .hasSize(1);
    }

    /** Scrolls the element to the middle of the window first, as a person would. */
    private void click(By locator) {
        WebElement element = browser.findElement(locator);
        // Bootstrap turns on smooth scrolling; an instant scroll keeps the click where the element is
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private void typeDate(WebElement input, String isoDate) {
        // a date input takes what a person types in the browser's locale; setting the value is locale-proof
        browser.executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> driver.findElement(locator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
