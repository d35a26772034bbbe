package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words people read come from the message bundles (src/main/resources/messages), complete in English and
 * Spanish: the same keys in both, messages that MessageFormat can read with the same arguments, and every key a
 * template or the Java code names present.
 */
class MessageBundlesTests {

    static final Path BUNDLES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");
    static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A key written out in a template: #{casePage.owner} or #{tasks.next.for(${name})}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)(?:\\(|})");
    /** A string literal shaped like a key: "providerForm.error.email", "refusal.adminsOnly.users". */
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties english = load(bundle + ".properties");
            Properties spanish = load(bundle + "_es.properties");
            new TreeSet<>(english.stringPropertyNames()).stream().filter(key -> !spanish.containsKey(key))
                    .forEach(key -> missing.add(bundle + "_es.properties lacks " + key));
            new TreeSet<>(spanish.stringPropertyNames()).stream().filter(key -> !english.containsKey(key))
                    .forEach(key -> missing.add(bundle + ".properties lacks " + key + " (only in Spanish)"));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void messagesWithArgumentsAreReadableAndTakeTheSameArgumentsInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties english = load(bundle + ".properties");
            Properties spanish = load(bundle + "_es.properties");
            for (String key : new TreeSet<>(english.stringPropertyNames())) {
                String en = english.getProperty(key);
                check(bundle, key, en, Locale.ENGLISH, problems);
                String es = spanish.getProperty(key);
                if (es != null) {
                    check(bundle + "_es", key, es, SPANISH, problems);
                    if (!arguments(en).equals(arguments(es))) {
                        problems.add(key + ": English takes " + arguments(en) + ", Spanish " + arguments(es));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : bundles()) {
            known.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher key = TEMPLATE_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    if (!known.contains(key.group(1))) {
                        unknown.add(TEMPLATES.relativize(template) + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    /**
     * A key the Java code passes to MessageSource, ErrorWords, an Explained exception, {@code @AllowedGroups} or a
     * validator has words in English and Spanish. A literal counts as a key when it starts like the keys of the
     * bundles do ("providerForm.", "errors."); other dotted literals (property names, packages) are not keys.
     */
    @Test
    void everyKeyTheJavaCodeNamesHasWordsInBothLanguages() throws IOException {
        Set<String> english = new TreeSet<>();
        Set<String> spanish = new TreeSet<>();
        for (String bundle : bundles()) {
            english.addAll(load(bundle + ".properties").stringPropertyNames());
            spanish.addAll(load(bundle + "_es.properties").stringPropertyNames());
        }
        Set<String> firstWords = new TreeSet<>(english.stream().map(key -> key.substring(0, key.indexOf('.') + 1))
                .filter(prefix -> !prefix.isEmpty()).toList());
        List<String> missing = new ArrayList<>();
        int keys = 0;
        try (Stream<Path> sources = Files.walk(JAVA)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher literal = JAVA_KEY.matcher(Files.readString(source));
                while (literal.find()) {
                    String key = literal.group(1);
                    if (firstWords.stream().noneMatch(key::startsWith)
                            || english.stream().anyMatch(known -> known.startsWith(key + "."))) {
                        continue; // not a key, or the first part of keys made with a code (a label's kind)
                    }
                    keys++;
                    if (!english.contains(key)) {
                        missing.add(JAVA.relativize(source) + ": " + key + " has no English words");
                    }
                    if (!spanish.contains(key)) {
                        missing.add(JAVA.relativize(source) + ": " + key + " has no Spanish words");
                    }
                }
            }
        }
        assertThat(keys).as("keys found in the Java code").isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    /** The bundles the application reads: each English file beside its Spanish one. */
    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<String> names = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.matches(".*_[a-z]{2}\\.properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length())).sorted().toList();
            assertThat(names).as("bundles in " + BUNDLES).isNotEmpty();
            return names;
        }
    }

    static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        Path path = BUNDLES.resolve(file);
        assertThat(path).as("bundle file").exists();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    /** Spring reads a message through MessageFormat only when it has arguments. */
    private static void check(String bundle, String key, String message, Locale locale, List<String> problems) {
        if (arguments(message).isEmpty()) {
            return;
        }
        try {
            new MessageFormat(message, locale);
        } catch (IllegalArgumentException e) {
            problems.add(bundle + " " + key + ": " + e.getMessage());
        }
        if (message.matches(".*[^']'[^'{].*") && !message.contains("''")) {
            problems.add(bundle + " " + key + ": a single quote in a message with arguments hides text; write ''");
        }
    }

    private static Set<Integer> arguments(String message) {
        Set<Integer> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(message);
        while (argument.find()) {
            found.add(Integer.parseInt(argument.group(1)));
        }
        return found;
    }
}
