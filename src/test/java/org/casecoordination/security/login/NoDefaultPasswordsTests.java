package org.casecoordination.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Only the demo profile (security/demo) may create users with a password everyone knows: no password literal is
 * handed to Camunda elsewhere, and no configuration names a first administrator's password.
 */
class NoDefaultPasswordsTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PASSWORD_LITERAL = Pattern.compile("setPassword\\(\\s*\"|PASSWORD\\s*=\\s*\"");

    @Test
    void noCodeOutsideTheDemoProfileSetsAKnownPassword() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(SOURCES.resolve("org/casecoordination/security/demo")))
                    .filter(file -> PASSWORD_LITERAL.matcher(read(file)).find())
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    @Test
    void noConfigurationGivesTheFirstAdministratorAPassword() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            List<Path> offenders = files.filter(file -> file.toString().matches(".*\\.(yml|yaml|properties)"))
                    .filter(file -> read(file).contains("admin-user") || read(file).contains("adminUser"))
                    .toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
