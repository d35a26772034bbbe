package org.casecoordination.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium from Debian's packages (chromium, chromium-driver). Selenium Manager is never asked to
 * download a browser: this machine has no network for that. Every page a test visits is checked with axe-core
 * ({@link AccessibilityCheckingChromeDriver}).
 */
public final class BrowserSession {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    public static ChromeDriver start() throws IOException {
        return start(Locale.ENGLISH);
    }

    /** A browser whose person reads the given language: it asks for it in every request (Accept-Language). */
    public static ChromeDriver start(Locale language) throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                // Bootstrap then shows tabs and dialogs at once: the accessibility check never sees one half faded
                // in (its contrast is measured on the faded colours), whenever it happens to run
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"),
                "--lang=" + language.toLanguageTag(), "--accept-lang=" + language.toLanguageTag());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.toLanguageTag()));
        // a confirmation dialog stays open for the test to answer, even when the accessibility check looks first
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        // console messages, e.g. Content-Security-Policy violations, readable through driver.manage().logs()
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new AccessibilityCheckingChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /** Keeps a screenshot of the last page under target/screenshots (for a failed run), then closes the browser. */
    static void close(ChromeDriver browser, String screenshotName) throws IOException {
        if (browser == null) {
            return;
        }
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), shots.resolve(screenshotName), StandardCopyOption.REPLACE_EXISTING);
        browser.quit();
    }

    static WebElement waitFor(ChromeDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.findElement(locator));
    }

    /**
     * Scrolls the element to the middle of the window first, as a person would. Bootstrap turns on smooth
     * scrolling; an instant scroll keeps the click where the element is.
     */
    static void click(ChromeDriver browser, By locator) {
        WebElement element = waitFor(browser, locator);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    /**
     * Waits until the element shows the text, finding it again on every try: after a submit the old page's
     * element may still be there for a moment and then go stale.
     */
    static void waitForText(ChromeDriver browser, By locator, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(locator).getText().contains(text));
    }

    /** Injects axe-core into the current page and returns what it finds against WCAG 2.1 A and AA, at any impact. */
    static List<Axe.Violation> axeViolations(ChromeDriver browser) {
        return Axe.run(browser);
    }

    /** Fails with each serious or critical violation on the current page, checked or not before. */
    static void assertAccessible(ChromeDriver browser) {
        List<Axe.Violation> failing = Axe.failing(Axe.run(browser));
        if (!failing.isEmpty()) {
            throw new AssertionError(Axe.describe(browser.getCurrentUrl(), failing));
        }
    }

    private BrowserSession() {
    }
}
