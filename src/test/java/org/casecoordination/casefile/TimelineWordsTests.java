package org.casecoordination.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casecoordination.security.People;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.system.Dates;
import org.casecoordination.system.Words;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A timeline line is kept as a message key with its arguments, so it reads in each reader's language with people by
 * their full names and codes by their words, and the English words are stored with it as written.
 */
@ApplicationTest
class TimelineWordsTests {

    @Autowired
    Cases cases;
    @Autowired
    org.casecoordination.processes.ActivityNames activityNames;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    CaseTimeline timeline;
    @Autowired
    TimelineWords words;
    @Autowired
    People people;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aLineReadsInTheReadersLanguageWithFullNamesAndLabels() {
        String caseNumber = cases.open("team-north", "Timeline", "Tess");
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        Instant due = Instant.parse("2026-12-07T16:00:00Z");
        transaction.executeWithoutResult(status -> timeline.record(careCase, TimelineKind.TASK_ASSIGNED,
                "timeline.task.takenOver", "Assess needs", TimelineText.Words.person("sam"),
                TimelineText.Words.person("cora")));
        transaction.executeWithoutResult(status -> timeline.record(careCase, TimelineKind.TASK_OVERDUE,
                "timeline.task.overdue", "Assess needs", due));
        transaction.executeWithoutResult(status -> timeline.record(careCase, TimelineKind.ACUITY_CHANGED,
                "timeline.acuity.changed", Acuity.LOW,
                Acuity.HIGH));

        List<TimelineEntry> entries = timeline.of(careCase);
        TimelineEntry takenOver = line(entries, TimelineKind.TASK_ASSIGNED);
        assertThat(takenOver.getSummary()).as("English words stored as written")
                .isEqualTo("\u201cAssess needs\u201d taken over by Sam Reyes from Cora Lindqvist");
        assertThat(line(entries, TimelineKind.ACUITY_CHANGED).getSummary()).isEqualTo("Acuity Low \u2192 High");
        assertThat(line(entries, TimelineKind.TASK_OVERDUE).getSummary()).startsWith("\u201cAssess needs\u201d is "
                + "overdue (due Dec 7, 2026");

        StaticMessageSource spanish = new StaticMessageSource();
        spanish.addMessage("timeline.task.takenOver", Locale.forLanguageTag("es"),
                "\u201c{0}\u201d asumida por {1} (antes {2})");
        spanish.addMessage("timeline.acuity.changed", Locale.forLanguageTag("es"), "Agudeza {0} \u2192 {1}");
        spanish.addMessage("acuity.LOW", Locale.forLanguageTag("es"), "Baja");
        spanish.addMessage("acuity.HIGH", Locale.forLanguageTag("es"), "Alta");
        TimelineWords inSpanish = new TimelineWords(new Words(spanish), people, new Dates(java.time.ZoneId.of("America/Chicago")), activityNames);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        try {
            assertThat(inSpanish.of(takenOver)).isEqualTo("\u201cAssess needs\u201d asumida por Sam Reyes (antes Cora "
                    + "Lindqvist)");
            assertThat(inSpanish.of(line(entries, TimelineKind.ACUITY_CHANGED))).isEqualTo("Agudeza Baja \u2192 Alta");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void everyTimelineMessageTheCodeWritesHasEnglishWords() throws IOException {
        Properties english = new Properties(); // every English bundle the application reads
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
            for (Path bundle : bundles.filter(path -> !path.getFileName().toString().contains("_")).toList()) {
                try (InputStream in = Files.newInputStream(bundle)) {
                    english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        }
        Pattern key = Pattern.compile("\"((?:timeline|assessment\\.result)\\.[A-Za-z.]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher found = key.matcher(Files.readString(source));
                while (found.find()) {
                    used.add(found.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(30);
        assertThat(used).allSatisfy(k -> assertThat(english).as("the English bundles").containsKey(k));
    }

    private static TimelineEntry line(List<TimelineEntry> entries, TimelineKind kind) {
        return entries.stream().filter(entry -> entry.getKind() == kind).findFirst().orElseThrow();
    }
}
