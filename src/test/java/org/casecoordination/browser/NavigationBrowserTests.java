package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The header in a real browser: a client who has no open task (waiting for her next follow-up) is found from the
 * search box by part of her name typed without accents; the keyboard reaches the skip link first and sees where it
 * is; the bar reads well and fits a tablet and a phone; Camunda's webapps only for the people who use them.
 */
@ApplicationTest
class NavigationBrowserTests {

    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    TaskService taskService;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = BrowserSession.start();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "navigation-last-page.png");
    }

    @Test
    void coraFindsAFollowUpClientFromTheHeaderByPartOfHerNameWithoutAccents() {
        String family = "Ibáñez " + letters();
        String caseNumber = cases.open("team-north", family, "Dolores");
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        cases.complete("cora", caseNumber, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        cases.arrangeEach("cora", caseNumber);
        assertThat(caseRepository.findByCaseNumber(caseNumber).orElseThrow().getStage())
                .isEqualTo(CaseStage.FOLLOW_UP);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).count())
                .as("waiting for the follow-up: no open task").isZero();

        logIn("cora");
        assertThat(browser.findElement(By.id("current-user")).getText()).as("by full name")
                .isEqualTo("Cora Lindqvist");
        WebElement box = browser.findElement(By.id("header-search"));
        box.sendKeys("ibanez " + family.substring(7, 12).toLowerCase());
        box.sendKeys(Keys.ENTER);

        WebElement hit = waitFor(browser, By.cssSelector("#search-results li[data-case-number='" + caseNumber + "']"));
        assertThat(hit.findElement(By.cssSelector(".search-stage")).getText()).isEqualTo("Follow-up");
        assertThat(hit.findElement(By.cssSelector(".search-owner")).getText()).isEqualTo("Cora Lindqvist");
        assertThat(hit.findElement(By.cssSelector(".search-next-due")).getText()).as("the follow-up's date")
                .matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}\\s?[AP]M");
        click(browser, By.cssSelector("#search-results li[data-case-number='" + caseNumber + "'] a"));
        assertThat(waitFor(browser, By.id("case-number")).getText()).isEqualTo(caseNumber);
    }

    @Test
    void theSkipLinkIsTheFirstTabStopTheBarReadsWellAndShowsFocusAndTheCurrentPage() {
        logIn("cora");
        browser.get(url("/tasks"));
        waitFor(browser, By.id("main"));

        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertThat(skip.getAttribute("id")).isEqualTo("skip-link");
        assertThat(skip.isDisplayed()).as("shown while focused").isTrue();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> "main".equals(driver.switchTo().activeElement().getAttribute("id")));

        WebElement tasks = browser.findElement(By.id("nav-tasks"));
        assertThat(tasks.getAttribute("aria-current")).isEqualTo("page");
        assertThat(tasks.getCssValue("text-decoration-line")).as("visible marker").contains("underline");
        assertThat(browser.findElement(By.id("nav-providers")).getAttribute("aria-current")).isNull();

        String background = browser.findElement(By.cssSelector(".app-navbar")).getCssValue("background-color");
        for (WebElement link : browser.findElements(By.cssSelector(".app-navbar .nav-link, .app-navbar .navbar-brand"))) {
            if (link.isDisplayed()) {
                assertThat(contrast(link.getCssValue("color"), background)).as(link.getText())
                        .isGreaterThanOrEqualTo(4.5);
            }
        }

        browser.executeScript("arguments[0].focus()", browser.findElement(By.id("skip-link")));
        WebElement focused = null;
        for (int i = 0; i < 6; i++) { // past the skip link, the brand and the search box to a menu link
            new Actions(browser).sendKeys(Keys.TAB).perform();
            focused = browser.switchTo().activeElement();
            if (focused.getAttribute("class").contains("nav-link")) {
                break;
            }
        }
        assertThat(focused.getAttribute("class")).contains("nav-link");
        assertThat(focused.getCssValue("outline-style")).as("keyboard focus is visible").isEqualTo("solid");
        assertThat(Double.parseDouble(focused.getCssValue("outline-width").replace("px", "")))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void atTabletAndPhoneWidthTheHeaderFitsAndLogOutIsBehindTheToggler() {
        logIn("sam"); // a supervisor has the most entries
        for (Dimension size : List.of(new Dimension(820, 1180), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            browser.get(url("/tasks"));
            waitFor(browser, By.id("main"));
            assertThat((Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).as(size + " no overflow")
                    .isTrue();
            assertThat(browser.findElement(By.id("header-search")).isDisplayed()).as("search without the menu")
                    .isTrue();
            WebElement logOut = browser.findElement(By.id("nav-logout"));
            assertThat(logOut.isDisplayed()).as("collapsed").isFalse();
            click(browser, By.id("nav-toggler"));
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> logOut.isDisplayed());
            assertThat((Boolean) browser.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth")).as(size + " menu open")
                    .isTrue();
            click(browser, By.id("nav-supervision"));
            assertThat(waitFor(browser, By.id("nav-caseload")).isDisplayed()).isTrue();
            Number right = (Number) browser.executeScript(
                    "return arguments[0].getBoundingClientRect().right", logOut);
            assertThat(right.doubleValue()).as("Log out within the screen").isLessThanOrEqualTo(size.width);
        }
        click(browser, By.id("nav-logout"));
        waitFor(browser, By.id("login-submit"));
    }

    @Test
    void coordinatorsHaveNoCamundaWebappsAnalystsFindCockpitUnderAdvanced() {
        logIn("cora");
        assertThat(browser.findElements(By.cssSelector("a[href*='/camunda/app/']"))).isEmpty();
        assertThat(browser.findElements(By.id("nav-advanced"))).isEmpty();
        click(browser, By.id("nav-logout"));

        logIn("ana");
        assertThat(browser.findElement(By.id("nav-cockpit")).isDisplayed()).as("inside the closed dropdown")
                .isFalse();
        click(browser, By.id("nav-advanced"));
        assertThat(waitFor(browser, By.id("nav-cockpit")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.id("nav-tasklist"))).as("analysts have no Tasklist access").isEmpty();
        click(browser, By.id("nav-logout"));

        logIn("admin");
        click(browser, By.id("nav-advanced"));
        assertThat(waitFor(browser, By.id("nav-tasklist")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("nav-cockpit")).isDisplayed()).isTrue();
    }

    private void logIn(String user) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));
        waitFor(browser, By.id("current-user"));
    }

    /** WCAG contrast ratio of a text colour (blended over the background when translucent) on the background. */
    private static double contrast(String foreground, String background) {
        double[] under = rgba(background);
        double[] over = rgba(foreground);
        double[] text = new double[3];
        for (int i = 0; i < 3; i++) {
            text[i] = over[i] * over[3] + under[i] * (1 - over[3]);
        }
        double a = luminance(text);
        double b = luminance(under);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double[] rgba(String color) {
        Matcher m = RGB.matcher(color);
        assertThat(m.find()).as(color).isTrue();
        return new double[] {Integer.parseInt(m.group(1)) / 255.0, Integer.parseInt(m.group(2)) / 255.0,
            Integer.parseInt(m.group(3)) / 255.0, m.group(4) == null ? 1 : Double.parseDouble(m.group(4))};
    }

    private static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            linear[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static String letters() {
        Random random = new Random();
        StringBuilder letters = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
