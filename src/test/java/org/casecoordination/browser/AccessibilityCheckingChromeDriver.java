package org.casecoordination.browser;

import java.util.Set;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.DriverCommand;
import org.openqa.selenium.remote.Response;

/**
 * Chromium that checks every page a test visits with axe-core, without a line in the test: after each navigation
 * and before the first look at a new page (a click that submits a form lands on a new page; the test's next
 * {@code findElement} is where that page is checked), and before the browser closes. A serious or critical
 * violation fails the test with the rule, its help text and the offending elements.
 * <p>
 * A page counts as new when its window has no marker yet; the marker is set before the check, so each document is
 * checked once.
 * <p>
 * Swagger UI (/swagger-ui) is not checked: it is springdoc's page for integrators, drawn by its own script after
 * the document is complete, with violations of its own (nested buttons, an unnamed server select) that we cannot
 * change; whether axe saw it before or after drawing depended on timing, so the check was a coin toss.
 */
final class AccessibilityCheckingChromeDriver extends ChromeDriver {

    private static final Set<String> CHECK_AFTER = Set.of(DriverCommand.GET, DriverCommand.GO_BACK,
            DriverCommand.GO_FORWARD, DriverCommand.REFRESH);
    private static final Set<String> CHECK_BEFORE = Set.of(DriverCommand.FIND_ELEMENT, DriverCommand.FIND_ELEMENTS,
            DriverCommand.FIND_CHILD_ELEMENT, DriverCommand.FIND_CHILD_ELEMENTS);
    private static final String MARK_IF_NEW = """
            if (!/^https?:$/.test(location.protocol) || window.__axeChecked
                || location.pathname.startsWith('/swagger-ui')) {
              return 'no';
            }
            if (document.readyState !== 'complete') {
              return 'loading';
            }
            window.__axeChecked = true;
            return 'new';
            """;
    /** How long a page still loading may take before the look goes ahead unchecked (checked at the next one). */
    private static final long LOADING_WAIT_MILLIS = 10_000;

    AccessibilityCheckingChromeDriver(ChromeDriverService service, ChromeOptions options) {
        super(service, options);
    }

    @Override
    protected Response execute(CommandPayload payload) {
        if (CHECK_BEFORE.contains(payload.getName())) {
            checkIfNewPage();
        }
        Response response = super.execute(payload);
        if (CHECK_AFTER.contains(payload.getName())) {
            checkIfNewPage();
        }
        return response;
    }

    @Override
    public void quit() {
        try {
            checkIfNewPage(); // the page the test ended on
        } finally {
            super.quit();
        }
    }

    private void checkIfNewPage() {
        long giveUp = System.currentTimeMillis() + LOADING_WAIT_MILLIS;
        Object state;
        try {
            // a page still loading after a click is waited for, so the test's next look is at a checked page
            while ("loading".equals(state = executeScript(MARK_IF_NEW)) && System.currentTimeMillis() < giveUp) {
                Thread.sleep(25);
            }
        } catch (UnhandledAlertException | NoSuchWindowException | JavascriptException e) {
            return; // a dialog is open or the page is unloading: checked on the next step
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if ("new".equals(state)) {
            BrowserSession.assertAccessible(this);
        }
    }
}
