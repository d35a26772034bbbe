package org.casecoordination.browser;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * axe-core (tools/axe-core, installed by the build's {@code axe-core-install} step: a test-only copy the app never
 * serves) run in the page the browser shows, against WCAG 2.1 A and AA.
 */
final class Axe {

    static final Path SCRIPT = Path.of("tools", "axe-core", "node_modules", "axe-core", "axe.min.js");
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /** The impacts that fail a test; "moderate" and "minor" findings are left to judgement. */
    static final List<String> FAILING = List.of("serious", "critical");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static String source;

    /**
     * Parts of the app that another change of issue #18 is rebuilding while this check arrives: a violation of the
     * rule inside the element is printed, not failed. Remove each entry when its change is merged.
     */
    static final List<Pending> PENDING = List.of();

    private static final Set<String> REPORTED_PENDING = ConcurrentHashMap.newKeySet();

    record Pending(String rule, String within) {
    }

    /**
     * One rule broken on the page: axe's rule id, its help text and a CSS selector for each element; elements that a
     * {@link #PENDING} entry covers are listed apart.
     */
    record Violation(String id, String impact, String help, List<String> selectors, List<String> pending) {

        boolean failing() {
            return FAILING.contains(impact) && !selectors.isEmpty();
        }

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "\n      " + String.join("\n      ", selectors);
        }
    }

    /** Injects axe into the current page (once per document) and returns every violation it finds. */
    static List<Violation> run(RemoteWebDriver browser) {
        Object injected = browser.executeScript("return typeof window.axe !== 'undefined';");
        if (!Boolean.TRUE.equals(injected)) {
            browser.executeScript(script());
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object json = browser.executeAsyncScript("""
                const [tags, pending] = arguments;
                const done = arguments[arguments.length - 1];
                const isPending = (rule, target) => {
                  try {
                    const element = target.length === 1 ? document.querySelector(target[0]) : null;
                    return !!element && pending.some(p => p.rule === rule && element.closest(p.within));
                  } catch (e) {
                    return false;
                  }
                };
                axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
                  .then(result => done(JSON.stringify(result.violations.map(v => ({
                      id: v.id, impact: v.impact, help: v.help,
                      selectors: v.nodes.filter(n => !isPending(v.id, n.target)).map(n => n.target.join(' >>> ')),
                      pending: v.nodes.filter(n => isPending(v.id, n.target)).map(n => n.target.join(' >>> '))})))))
                  .catch(error => done(JSON.stringify({error: String(error)})));
                """, TAGS, PENDING.stream().map(p -> Map.of("rule", p.rule(), "within", p.within())).toList());
        List<Violation> violations;
        try {
            if (String.valueOf(json).startsWith("{")) {
                throw new IllegalStateException("axe-core failed on " + browser.getCurrentUrl() + ": " + json);
            }
            violations = JSON.readValue(String.valueOf(json), new TypeReference<List<Violation>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        violations.stream().filter(v -> FAILING.contains(v.impact()) && !v.pending().isEmpty())
                .filter(v -> REPORTED_PENDING.add(v.id()))
                .forEach(v -> System.out.println("axe-core, left for a pending change (printed once): " + v.id()
                        + " on " + browser.getCurrentUrl() + ": " + String.join(", ", v.pending())));
        return violations;
    }

    static List<Violation> failing(List<Violation> violations) {
        return violations.stream().filter(Violation::failing).toList();
    }

    /** The assertion message: the page, then each rule with its help text and the offending elements. */
    static String describe(String page, List<Violation> violations) {
        return "Accessibility (axe-core, WCAG 2.1 AA) on " + page + ":\n"
                + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
    }

    private static synchronized String script() {
        if (source == null) {
            if (!Files.isReadable(SCRIPT)) {
                throw new IllegalStateException(SCRIPT + " is missing: the build installs it before the tests "
                        + "(npm ci --prefix tools/axe-core); it needs Node.js and npm");
            }
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private Axe() {
    }
}
