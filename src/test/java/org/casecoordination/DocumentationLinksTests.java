package org.casecoordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md and docs/**.md point only inside the repository: every link is a web address, an anchor on the page,
 * or a relative path to a file of the repository that exists (and, into a Markdown file, to a heading it has).
 * No absolute paths, nothing above the repository (the domain notes once lived in ../shared), no mention of that
 * outside folder. Plain files, no Spring context.
 */
class DocumentationLinksTests {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    private static final Pattern FENCE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?s).*?\\1");
    private static final Pattern INLINE = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern HTML = Pattern.compile("(?i)\\b(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*)>");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    @Test
    void readmeAndDocsLinkOnlyToFilesOfTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            String where = ROOT.relativize(page).toString();
            if (text.contains("../shared") || text.contains("shared/domain/")) {
                problems.add(where + ": mentions the shared folder outside the repository; the facts belong in docs/");
            }
            for (String target : targets(text)) {
                String problem = check(page, target);
                if (problem != null) {
                    problems.add(where + ": " + target + ": " + problem);
                }
            }
        }
        assertThat(problems).as("links in README.md and docs/").isEmpty();
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        Path docs = ROOT.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> files = Files.walk(docs)) {
                files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    /** Every link target of a page, outside code blocks and code spans. */
    static List<String> targets(String markdown) {
        String text = CODE_SPAN.matcher(FENCE.matcher(markdown).replaceAll("")).replaceAll("");
        List<String> targets = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE, REFERENCE, HTML, AUTOLINK)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        return targets;
    }

    /** Null when the target is fine, otherwise what is wrong with it. */
    private static String check(Path page, String target) throws IOException {
        if (target.isEmpty()) {
            return "empty link";
        }
        if (target.startsWith("file:")) {
            return "a file on some machine, not in the repository";
        }
        if (SCHEME.matcher(target).find()) {
            return null;
        }
        if (target.startsWith("/") || target.startsWith("\\") || target.startsWith("~")) {
            return "absolute path; link relative to the page";
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
        if (!file.startsWith(ROOT)) {
            return "outside the repository";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (anchor != null && !anchor.isEmpty() && file.toString().endsWith(".md")
                && !anchors(Files.readString(file, StandardCharsets.UTF_8)).contains(anchor)) {
            return "no heading with this anchor in " + ROOT.relativize(file);
        }
        return null;
    }

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to hyphens, -1 for repeats. */
    static Set<String> anchors(String markdown) {
        String text = FENCE.matcher(markdown).replaceAll("");
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String slug = m.group(1).replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }
}
