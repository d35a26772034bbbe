package org.casecoordination.supervision.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every notice the code writes ({@code TimelineText.of("notice.…", …)}) has words in English and in Spanish. */
class NoticeKeysTests {

    private static final Path BUNDLES = Path.of("src/main/resources/messages");
    private static final Pattern KEY = Pattern.compile("\"(notice\\.[A-Za-z.]+)\"");

    @Test
    void everyNoticeTheCodeWritesHasWordsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = KEY.matcher(Files.readString(source));
                while (found.find()) {
                    used.add(found.group(1));
                }
            }
        }
        assertThat(used).as("notice keys found in the code").contains("notice.overdue", "notice.crisis",
                "notice.safety", "notice.safety.noTask", "notice.handOver.task", "notice.handOver.case",
                "notice.escalation.reassigned");
        Properties english = bundles("");
        Properties spanish = bundles("_es");
        assertThat(used).allSatisfy(key -> {
            assertThat(english).as("English words for " + key).containsKey(key);
            assertThat(spanish).as("Spanish words for " + key).containsKey(key);
        });
    }

    /** All bundles of one language together: a key may live in any of them. */
    private static Properties bundles(String suffix) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]+" + suffix + "\\.properties"))
                    .toList()) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    all.load(in);
                }
            }
        }
        return all;
    }
}
