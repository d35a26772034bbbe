package org.casecoordination.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@link ApplicationTest} shares one Spring context. A test that changes the context (a Mockito bean, other
 * properties, a dirtied context) starts a second application with a second engine, and Camunda's REST API (a
 * static registry of engines by name) then answers every later test from whichever engine started last: once that
 * made the engine's authorization checks look broken in a dozen unrelated tests. Such a test needs a plain engine
 * or its own fixture instead.
 */
class OneApplicationContextTests {

    private static final Pattern CHANGES_THE_CONTEXT = Pattern.compile(
            "@(MockitoBean|MockitoSpyBean|MockBean|SpyBean|DirtiesContext|TestPropertySource|ActiveProfiles)\\b");

    @Test
    void noApplicationTestChangesTheSharedContext() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            List<String> changing = sources.filter(path -> path.toString().endsWith("Tests.java"))
                    .filter(path -> {
                        String source = read(path);
                        return source.contains("@ApplicationTest") && CHANGES_THE_CONTEXT.matcher(source).find();
                    })
                    .map(Path::toString).toList();
            assertThat(changing).isEmpty();
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
