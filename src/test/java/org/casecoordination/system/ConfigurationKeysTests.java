package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every case-coordination.* key is a @ConfigurationProperties record component (the build's configuration
 * metadata lists it, with a description) and is documented once in docs/operations.md's table of keys.
 */
class ConfigurationKeysTests {

    private static final Pattern DOCUMENTED_KEY = Pattern.compile("^\\| `(case-coordination\\.[a-z.-]+)` \\|",
            Pattern.MULTILINE);

    @Test
    void everyKeyHasMetadataAndOneLineInTheOperationsGuide() throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream metadata = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(metadata).as("spring-boot-configuration-processor writes the metadata").isNotNull();
            for (JsonNode property : new ObjectMapper().readTree(metadata).path("properties")) {
                String name = property.path("name").asText();
                if (name.startsWith("case-coordination.")) {
                    keys.add(name);
                    assertThat(property.path("description").asText()).as(name + " has a description").isNotBlank();
                }
            }
        }
        List<String> documented = new ArrayList<>();
        Matcher row = DOCUMENTED_KEY.matcher(Files.readString(Path.of("docs/operations.md")));
        while (row.find()) {
            documented.add(row.group(1));
        }
        assertThat(keys).as("keys read by the application").isNotEmpty();
        assertThat(documented).as("docs/operations.md, Configuration keys: one row per key")
                .containsExactlyInAnyOrderElementsOf(keys);
    }
}
