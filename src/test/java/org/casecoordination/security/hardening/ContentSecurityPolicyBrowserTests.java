package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The policy is only as good as the pages that live with it: in real Chromium, logging in and working a case
 * (Bootstrap, our scripts, the form conditions asked of the server) triggers no Content-Security-Policy violation.
 */
@ApplicationTest
class ContentSecurityPolicyBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void workingACaseTriggersNoPolicyViolation() throws Exception {
        String caseNumber = cases.open("team-north");
        String intake = cases.task(caseNumber, "Task_Intake").getId();
        browser = chromium();
        List<String> violations = new ArrayList<>();

        open("/login", violations);
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        click(By.id("login-submit"));
        browser.findElement(By.id("tab-mine"));
        violations.addAll(policyViolations());
        for (String page : List.of("/tasks?view=team", "/referrals/new", "/cases/" + caseNumber, "/tasks/" + intake)) {
            open(page, violations);
        }
        click(By.id("claim-button"));
        browser.findElement(By.id("task-assignee"));
        click(By.id("eligible")); // form-conditions.js shows and hides fields
        click(By.id("eligible"));
        violations.addAll(policyViolations());

        assertThat(violations).isEmpty();
    }

    private void open(String path, List<String> violations) {
        browser.get("http://localhost:" + port + path);
        violations.addAll(policyViolations());
    }

    private void click(By locator) {
        WebElement element = browser.findElement(locator);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private List<String> policyViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Debian's chromium and chromium-driver, as in the browser package's tests, with the console log kept. */
    private static ChromeDriver chromium() throws Exception {
        File chromium = new File("/usr/bin/chromium");
        File chromedriver = new File("/usr/bin/chromedriver");
        assertThat(chromium.canExecute() && chromedriver.canExecute())
                .as("apt-get install -y chromium chromium-driver (.ci/run does this)").isTrue();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }
}
