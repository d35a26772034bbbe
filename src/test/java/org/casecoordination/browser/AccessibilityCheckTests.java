package org.casecoordination.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accessibility check can fail: axe-core finds a known defect, and a browser test that merely visits a page with
 * a serious violation (by address or through a form) fails with the rule, its help text and the element. The pages
 * come from a throwaway HTTP server; no application context is needed.
 */
class AccessibilityCheckTests {

    static final String GOOD = page("<h1>Tasks</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' alt='Logo'>"
            + "<form action='/bad' method='get'><button id='go' type='submit'>Go</button></form>");
    static final String BAD = page("<h1>Tasks</h1><img id='logo' src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>");

    static HttpServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map.of("/good", GOOD, "/bad", BAD).forEach((path, html) -> server.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }));
        server.start();
        browser = BrowserSession.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.stop(0);
    }

    @Test
    void axeFindsAnImageWithoutAlternativeText() {
        browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(BAD, StandardCharsets.UTF_8)
                .replace("+", "%20"));

        assertThat(BrowserSession.axeViolations(browser)).anySatisfy(violation -> {
            assertThat(violation.id()).isEqualTo("image-alt");
            assertThat(violation.impact()).isEqualTo("critical");
            assertThat(violation.selectors()).containsExactly("#logo");
        });
    }

    @Test
    void visitingAPageWithASeriousViolationFailsTheTest() {
        assertThatThrownBy(() -> browser.get(url("/bad"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining(url("/bad"))
                .hasMessageContaining("image-alt (critical): Images must have alternative text")
                .hasMessageContaining("#logo");
    }

    @Test
    void aPageReachedThroughAFormIsCheckedAtTheNextLook() {
        assertThatCode(() -> browser.get(url("/good"))).as("a page without violations passes")
                .doesNotThrowAnyException();
        browser.findElement(By.id("go")).click();
        // the click may return before the browser has begun to leave the first page, and a look then is at the first
        // page (checked already); a test looks for something of the page it expects, so this one waits for its address
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/bad"));

        assertThatThrownBy(() -> browser.findElement(By.tagName("h1"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt");
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Check</title></head><body><main>"
                + body + "</main></body></html>";
    }
}
