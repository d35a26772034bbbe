package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI at /swagger-ui.html, behind the login, draws the JSON API's description under the app's
 * Content-Security-Policy (no inline script or style): nothing is refused in real Chromium.
 */
@ApplicationTest
class ApiDocsBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "swagger-ui.png");
    }

    @Test
    void swaggerUiShowsEveryEndpointAfterTheLoginWithoutAPolicyViolation() {
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("cora");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();

        WebElement title = waitFor(By.cssSelector(".swagger-ui .info .title"));
        assertThat(title.getText()).contains("case-coordination JSON API");
        waitFor(By.cssSelector(".opblock-summary-path[data-path='/api/tasks']"));
        List<String> paths = browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(path -> path.getAttribute("data-path")).toList();
        assertThat(paths).contains("/api/tasks", "/api/search", "/api/cases/{caseNumber}/notes",
                "/api/cases/{caseNumber}/timeline", "/api/cases/{caseNumber}/close", "/api/cases");

        BrowserSession.click(browser, By.cssSelector(".opblock-summary-path[data-path='/api/search']"));
        waitFor(By.cssSelector(".opblock.is-open .responses-table"));
        assertThat(browser.findElements(By.cssSelector(".opblock.is-open .response[data-code]")).stream()
                .map(row -> row.getAttribute("data-code")).toList()).contains("200", "400", "401", "403");

        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                .noneMatch(message -> message.contains("Content Security Policy")
                        || message.contains("Content-Security-Policy"));
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.findElement(locator));
    }
}
