package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case page draws the case's process with bpmn-js under the app's Content-Security-Policy. */
@ApplicationTest
class ProcessDiagramBrowserTests {

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
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDiagramMarksWhereTheCaseIsWithoutBreakingTheContentSecurityPolicy() {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);

        browser.get("http://localhost:" + port + "/cases/" + caseNumber);
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();

        // the diagram lives in the case page's "Process" tab and is drawn when the tab is first shown
        waitFor(By.id("tab-process")).click();
        waitFor(By.cssSelector("#process-diagram[data-drawn='true']"));
        WebElement assessment = browser.findElement(
                By.cssSelector(".djs-element.diagram-active[data-element-id='Task_Assessment']"));
        assertThat(assessment.getSize().getWidth()).as("the current task is drawn").isPositive();
        assertThat(browser.findElements(
                By.cssSelector(".djs-element.diagram-completed[data-element-id='Task_Intake']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#process-diagram .bjs-powered-by")))
                .as("the bpmn.io watermark its licence requires").hasSize(1);
        String fill = (String) browser.executeScript("return getComputedStyle(document.querySelector("
                + "\"[data-element-id='Task_Assessment'] .djs-visual > rect\")).fill;");
        assertThat(fill).as("the app's marker style applies").isEqualTo("rgb(207, 226, 255)");
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy")
                        || message.contains("Content-Security-Policy"));
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.findElement(locator));
    }
}
