package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casecoordination.processes.DocumentTemplateRules.Problem;
import org.junit.jupiter.api.Test;

/** An analyst's edit of a consent form that drops an element the consent needs is refused at deployment. */
class ConsentFormTemplateTests {

    private final TemplateRules rules = new TemplateRules();

    @Test
    void theShippedConsentFormsPassInBothLanguages() throws IOException {
        for (String name : new String[] {"part2-consent.en.html", "part2-consent.es.html",
                "consent-to-share.en.html", "consent-to-share.es.html"}) {
            assertThat(rules.check("documents/" + name, Files.readAllBytes(Path.of("documents", name))))
                    .as(name).isEmpty();
        }
    }

    @Test
    void aPart2ConsentWithoutToWhomOrTheSignatureDateIsRefusedNamingTheFileAndTheField() throws IOException {
        String shipped = Files.readString(Path.of("documents", "part2-consent.en.html"));
        String edited = shipped.replace("<p>{{consent.recipient}}</p>", "<p>your providers</p>")
                .replace("{{signature.at}}", "today");
        assertThat(edited).isNotEqualTo(shipped);

        assertThat(rules.check("documents/part2-consent.en.html", edited.getBytes(StandardCharsets.UTF_8)))
                .extracting(Problem::file, Problem::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("documents/part2-consent.en.html", "consent.recipient"),
                        org.assertj.core.groups.Tuple.tuple("documents/part2-consent.en.html", "signature.at"));
    }
}
