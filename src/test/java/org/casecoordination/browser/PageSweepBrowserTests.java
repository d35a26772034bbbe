package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.browser.BrowserSession.click;
import static org.casecoordination.browser.BrowserSession.waitFor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.casecoordination.arrangement.ProviderRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Every page each demo role has, at a laptop's 1366×900, a tablet's 820×1180 and a phone's 390×844, in English
 * and in Spanish: no sideways scrolling and no serious or critical accessibility violation (axe-core, WCAG 2.1 AA);
 * in Spanish also lang="es" and none of the English screens' words ({@link EnglishWords}). One browser per role and
 * language; all problems of a role are listed together. With {@code -Dscreenshots.update=true} the main pages are
 * saved in English at the tablet and phone sizes into docs/images/ for the user guide.
 */
@ApplicationTest
class PageSweepBrowserTests {

    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "×" + height;
        }
    }

    static final Size LAPTOP = new Size(1366, 900);
    static final Size TABLET = new Size(820, 1180);
    static final Size PHONE = new Size(390, 844);
    static final List<Size> SIZES = List.of(LAPTOP, TABLET, PHONE);
    static final boolean UPDATE_SCREENSHOTS = Boolean.getBoolean("screenshots.update");
    static final Path IMAGES = Path.of("docs", "images");
    /**
     * The header is being rebuilt in another change of issue #18 (it collapses on narrow screens there): until that
     * is merged, a page that is too wide only because of the header is printed, not failed. Remove with that merge.
     */

    @LocalServerPort
    int port;
    @Autowired
    Cases cases;
    @Autowired
    ProviderRepository providers;
    @Autowired
    MessageSource messages;
    @Autowired
    RepositoryService repository;

    ChromeDriver browser;
    final List<String> problems = new ArrayList<>();

    /** The language the browser asks for; every test starts its browser with {@link #openBrowser}. */
    Locale language;
    List<Pattern> wordsFromElsewhere;

    void openBrowser(String languageTag) throws Exception {
        language = Locale.forLanguageTag(languageTag);
        browser = BrowserSession.start(language);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        BrowserSession.close(browser, "page-sweep-last-page-" + language.toLanguageTag() + ".png");
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "es"})
    void everyPageOfACoordinatorFitsEachScreenAndPassesTheAccessibilityCheck(String languageTag) throws Exception {
        openBrowser(languageTag);
        String intake = cases.open("team-north", "Sweep-Intake", "Iris");
        String assessment = cases.open("team-north", "Sweep-Assessment", "Arthur");
        cases.completeIntake("cora", assessment);
        String plan = inPlanning("Sweep-Planning", "Pia");
        String select = inPlanning("Sweep-Selection", "Selma");
        cases.complete("cora", select, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        cases.giveConsentToShare("cora", select);
        String confirm = inPlanning("Sweep-Confirmation", "Conrad");
        cases.complete("cora", confirm, "Task_PlanServices", FormAnswers.planServices(List.of("HOME_CARE")));
        cases.arrangeUntilConfirmation("cora", confirm);
        String closing = cases.open("team-north", "Sweep-Closing", "Clara");
        cases.complete("cora", closing, "Task_Intake", FormAnswers.intakeNotEligible("NOT_ELIGIBLE"));
        String assessmentTask = task(assessment, "Task_Assessment");

        visitAtEachSize("/login", null);
        login("cora");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/tasks?view=mine", "task-list main");
        pages.put("/tasks?view=team", null);
        pages.put("/tasks/" + task(intake, "Task_Intake"), "task-intake #task-name");
        pages.put("/tasks/" + assessmentTask, null);
        pages.put("/tasks/" + assessmentTask + "/instruments/PHQ9", "instrument-phq9 #instrument-title");
        pages.put("/tasks/" + task(plan, "Task_PlanServices"), null);
        pages.put("/tasks/" + task(select, "Task_SelectProvider"), "task-select-provider #task-name");
        pages.put("/tasks/" + task(confirm, "Task_ConfirmWithClient"), null);
        pages.put("/tasks/" + task(closing, "Task_CloseCase"), null);
        pages.put("/cases/" + confirm, "case main");
        pages.put("/cases/" + confirm + "/crisis", null);
        pages.put("/search?q=sweep", null);
        pages.put("/referrals/new", "new-referral main");
        pages.put("/providers", null);
        pages.put("/notices", null);
        pages.put("/supervision/absences", null);
        pages.put("/account/password", null);
        pages.put("/account/notifications", null);
        pages.forEach(this::visitAtEachSize);

        assertThat(problems).as("pages of a coordinator").isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "es"})
    void everyPageOfASupervisorFitsEachScreenAndPassesTheAccessibilityCheck(String languageTag) throws Exception {
        openBrowser(languageTag);
        String approval = cases.open("team-north", "Sweep-Approval", "Abel");
        cases.complete("cora", approval, "Task_Intake", FormAnswers.intakeNotEligible("UNABLE_TO_CONTACT"));
        cases.complete("cora", approval, "Task_CloseCase", FormAnswers.closure("UNABLE_TO_CONTACT"));
        String closed = cases.open("team-north", "Sweep-Closed", "Cleo");
        cases.complete("cora", closed, "Task_Intake", FormAnswers.intakeNotEligible("NOT_ELIGIBLE"));
        cases.complete("cora", closed, "Task_CloseCase", FormAnswers.closure("NOT_ELIGIBLE"));

        login("sam");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/tasks?view=team", null);
        pages.put("/tasks/" + task(approval, "Task_ApproveClosure"), null);
        pages.put("/supervision/caseload?team=team-north", "caseload main");
        pages.put("/supervision/caseload/cora?team=team-north", null);
        pages.put("/reports?team=team-north", null);
        pages.put("/reports/cases?team=team-north&measure=newReferrals&row=all&figure=count", null);
        pages.put("/supervision/on-call", null);
        pages.put("/supervision/absences", null);
        pages.put("/supervision/emergency-access", null);
        pages.put("/cases/" + closed, null);
        pages.put("/cases/" + closed + "/reopen", null);
        pages.put("/notices", null);
        pages.forEach(this::visitAtEachSize);

        assertThat(problems).as("pages of a supervisor").isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "es"})
    void everyPageOfAnAnalystFitsEachScreenAndPassesTheAccessibilityCheck(String languageTag) throws Exception {
        openBrowser(languageTag);
        login("ana");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/tasks", null);
        pages.put("/processes", "processes main");
        pages.put("/processes/CaseLifecycle", null);
        pages.put("/processes/CaseLifecycle/migration?from=1&to=1", null);
        pages.put("/insights", null);
        pages.forEach(this::visitAtEachSize);

        assertThat(problems).as("pages of a process analyst").isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "es"})
    void everyPageOfAnAdministratorFitsEachScreenAndPassesTheAccessibilityCheck(String languageTag) throws Exception {
        openBrowser(languageTag);
        long provider = providers.findByNameIgnoreCase("Northside Home Care").orElseThrow().getId();

        login("admin");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/admin/users", null);
        pages.put("/admin/users/cora", null);
        pages.put("/admin/holidays", null);
        pages.put("/admin/incidents", null);
        pages.put("/admin/task-list", null);
        pages.put("/admin/providers/" + provider, null);
        pages.put("/admin/providers/new", null);
        pages.put("/admin/providers/import", null);
        pages.put("/processes", null);
        pages.put("/providers", null);
        pages.forEach(this::visitAtEachSize);

        assertThat(problems).as("pages of an administrator").isEmpty();
    }

    /**
     * Opens the page at the laptop size (the automatic check looks at it there), then narrows the window to each
     * other size and looks again. Screenshots only when asked for, of pages given a file name and the element the
     * picture starts at.
     */
    private void visitAtEachSize(String path, String screenshot) {
        resize(LAPTOP);
        try {
            browser.get(url(path));
        } catch (AssertionError violation) {
            problems.add("at " + LAPTOP + ": " + violation.getMessage());
        }
        String landed = browser.getCurrentUrl();
        if (!landed.startsWith(url(path.replaceAll("\\?.*", ""))) || isErrorPage()) {
            problems.add(path + " did not open (landed on " + landed + ", \"" + browser.getTitle() + "\")");
            return;
        }
        if (inAnotherLanguage()) {
            inTheLanguage(path);
        }
        for (Size size : SIZES) {
            if (size != LAPTOP) {
                resize(size);
                try {
                    BrowserSession.assertAccessible(browser);
                } catch (AssertionError violation) {
                    problems.add("at " + size + ": " + violation.getMessage());
                }
            }
            String overflow = horizontalOverflow();
            if (overflow != null) {
                problems.add(path + " at " + size + " scrolls sideways: " + overflow);
            }
            if (screenshot != null && UPDATE_SCREENSHOTS && size != LAPTOP && !inAnotherLanguage()) {
                saveScreenshot(screenshot.split(" ")[0] + "-" + size.width() + ".png", screenshot.split(" ")[1]);
            }
        }
    }

    /** The viewport itself, as a tablet or phone lays out the page (media queries see this width). */
    private void resize(Size size) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width(),
                "height", size.height(), "deviceScaleFactor", 1, "mobile", false));
        browser.executeAsyncScript("const done = arguments[0];"
                + "requestAnimationFrame(() => requestAnimationFrame(() => done()));");
    }

    /**
     * Null when the page fits its width; else how wide it is and the outermost elements that stick out (elements
     * inside a box that clips or scrolls its content do not widen the page and are left out).
     */
    private String horizontalOverflow() {
        @SuppressWarnings("unchecked")
        Map<String, Object> found = (Map<String, Object>) browser.executeScript("""
                const width = window.innerWidth;
                if (document.documentElement.scrollWidth <= width) {
                  return null;
                }
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className.trim()
                       ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                const clipped = e => {
                  for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return true;
                  }
                  return false;
                };
                const wide = [...document.body.querySelectorAll('*')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= width + 1)
                    .filter(e => !clipped(e));
                return {summary: document.documentElement.scrollWidth + ' px wide in ' + width + ' px; sticking out: '
                          + wide.slice(0, 6).map(name).join(', ')};
                """);
        return found == null ? null : (String) found.get("summary");
    }

    private boolean inAnotherLanguage() {
        return !Locale.ENGLISH.getLanguage().equals(language.getLanguage());
    }

    /** The page says which language it is in, and no English words of the screens are left on it. */
    private void inTheLanguage(String path) {
        String lang = browser.findElement(By.tagName("html")).getAttribute("lang");
        if (!language.getLanguage().equals(lang)) {
            problems.add(path + " has lang=\"" + lang + "\"");
        }
        String text = EnglishWords.ofPage(browser);
        for (Pattern name : wordsFromElsewhere()) {
            text = name.matcher(text).replaceAll(" ");
        }
        List<String> english = EnglishWords.in(text);
        if (!english.isEmpty()) {
            problems.add(path + " shows English words: " + english);
        }
    }

    /**
     * Words on the pages that are not the screens' own, as whole words, longest first: the names of processes and
     * their steps as the diagrams say them (the drawing keeps the diagram's words), the documentation of steps other
     * than user tasks (a user task's documentation is its description, which the task page shows in the reader's
     * language, so it is not skipped), and providers' names (data, as clients' names are). The check looks for the screens' English around them. A "${...}" in a name stands for whatever
     * it shows.
     */
    private List<Pattern> wordsFromElsewhere() {
        if (wordsFromElsewhere == null) {
            List<String> names = new ArrayList<>();
            for (ProcessDefinition process : repository.createProcessDefinitionQuery().latestVersion().list()) {
                names.add(process.getName());
                BpmnModelInstance model = repository.getBpmnModelInstance(process.getId());
                // steps, events and gateways; not the flows' "Yes" and "No", which no page shows on their own
                for (FlowNode element : model.getModelElementsByType(FlowNode.class)) {
                    names.add(element.getName());
                    if (!(element instanceof UserTask)) {
                        element.getDocumentations().forEach(d -> names.add(d.getTextContent()));
                    }
                }
                model.getModelElementsByType(Lane.class).forEach(e -> names.add(e.getName()));
            }
            providers.findAll().forEach(provider -> names.add(provider.getName()));
            wordsFromElsewhere = names.stream().filter(name -> name != null && !name.isBlank())
                    .map(name -> name.strip().replaceAll("\\s+", " ")).distinct()
                    .sorted(Comparator.comparing(String::length).reversed())
                    .map(name -> Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name)
                            .replaceAll("\\$\\{[^}]*}", "\\\\E.*?\\\\Q") + "(?![\\p{L}\\d])"))
                    .toList();
        }
        return wordsFromElsewhere;
    }

    private boolean isErrorPage() {
        String title = browser.getTitle();
        return Stream.of("errorPage.forbidden.title", "errorPage.notFound.title", "errorPage.title")
                .map(key -> messages.getMessage(key, null, language)).anyMatch(title::startsWith);
    }

    private void login(String user) {
        resize(LAPTOP);
        browser.get(url("/login"));
        waitFor(browser, By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        click(browser, By.id("login-submit"));
        waitFor(browser, By.id("main"));
    }

    /** The window's view from the element given (past the header to what the page is about). */
    private void saveScreenshot(String name, String from) {
        browser.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start', "
                + "behavior: 'instant'});", from);
        try {
            Files.createDirectories(IMAGES);
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), IMAGES.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not save " + name, e);
        }
    }

    /** A case for this client through intake and assessment, waiting for its service plan. */
    private String inPlanning(String lastName, String firstName) {
        String caseNumber = cases.open("team-north", lastName, firstName);
        cases.completeIntake("cora", caseNumber);
        cases.complete("cora", caseNumber, "Task_Assessment", FormAnswers.assessment());
        return caseNumber;
    }

    private String task(String caseNumber, String key) {
        return cases.task(caseNumber, key).getId();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
