package org.casecoordination.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casecoordination.processes.DocumentTemplateRules.Problem;
import org.junit.jupiter.api.Test;

/**
 * What an analyst may deploy in documents/: the repository's templates pass; a template naming an unknown field,
 * using a partial, or trying Thymeleaf/Spring expressions is refused with the file and the field named.
 */
class DocumentTemplateRulesTests {

    private final TemplateRules rules = new TemplateRules();

    private static final String GOOD = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Summary for {{client.name}}</title></head>
            <body><p>{{client.name}}</p>{{#services}}<p>{{service}}: {{provider}}</p>{{/services}}</body></html>
            """;

    private List<Problem> check(String name, String text) {
        return rules.check(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRepositorysTemplatesPass() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("documents"))) {
            List<Path> templates = files.filter(file -> file.toString().endsWith(".html")).toList();
            assertThat(templates).hasSizeGreaterThanOrEqualTo(4);
            for (Path file : templates) {
                assertThat(rules.check("documents/" + file.getFileName(), Files.readAllBytes(file)))
                        .as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void aReferralLetterMayNotNameTheCasesNeedsOrResults() {
        String letter = """
                <!DOCTYPE html>
                <html lang="en"><head><title>Referral for {{client.name}}</title></head>
                <body><p>{{service.name}}, {{service.provider}}</p>
                {{#assessments}}<p>{{instrument}}: {{result}}</p>{{/assessments}}<p>{{case.closureSummary}}</p></body></html>
                """;
        List<Problem> problems = check("documents/referral-letter.en.html", letter);
        assertThat(problems).extracting(Problem::field).contains("assessments", "case.closureSummary");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.problem())
                .contains("is no merge field of the referral-letter template"));
        assertThat(check("documents/care-plan-summary.en.html", GOOD.replace("{{client.name}}</p>",
                "{{service.provider}}</p>"))).extracting(Problem::field).containsExactly("service.provider");
    }

    @Test
    void aTransportRequestMayNotNameTheClientsDateOfBirth() {
        String request = """
                <!DOCTYPE html>
                <html lang="en"><head><title>Ride for {{client.name}}</title></head>
                <body><p>{{ride.pickupAddress}} {{ride.pickupTime}} {{client.dateOfBirth}}</p></body></html>
                """;
        assertThat(check("documents/transport-request.en.html", request)).extracting(Problem::field)
                .containsExactly("client.dateOfBirth");
        assertThat(check("documents/transport-request.en.html", request.replace(" {{client.dateOfBirth}}", "")))
                .isEmpty();
    }

    @Test
    void aTemplateThatFollowsTheRulesPasses() {
        assertThat(check("documents/care-plan-summary.en.html", GOOD)).isEmpty();
    }

    @Test
    void anUnknownFieldIsRefusedNamingFileAndField() {
        List<Problem> problems = check("documents/care-plan-summary.en.html",
                GOOD.replace("{{client.name}}</p>", "{{client.ssn}}</p>"));
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("documents/care-plan-summary.en.html");
            assertThat(problem.field()).isEqualTo("client.ssn");
            assertThat(problem.problem()).contains("“client.ssn” is no merge field");
        });
    }

    @Test
    void reachingIntoAValuesJavaMethodsIsAnUnknownField() {
        assertThat(check("documents/care-plan-summary.en.html", GOOD.replace("{{client.name}}</p>",
                "{{client.name.class}}</p>"))).extracting(Problem::field).containsExactly("client.name.class");
    }

    @Test
    void aRowFieldOutsideItsListIsRefused() {
        assertThat(check("documents/care-plan-summary.en.html", GOOD.replace("<p>{{client.name}}</p>",
                "<p>{{provider}}</p>"))).extracting(Problem::field).containsExactly("provider");
    }

    @Test
    void thymeleafAndSpringExpressionsAreRefused() {
        String runtime = GOOD.replace("<p>{{client.name}}</p>",
                "<p th:text=\"${T(java.lang.Runtime).getRuntime().exec('id')}\">x</p>");
        List<Problem> problems = check("documents/care-plan-summary.en.html", runtime);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).file()).isEqualTo("documents/care-plan-summary.en.html");
        assertThat(problems.get(0).problem()).contains("templates are Mustache").contains("no Thymeleaf");
    }

    @Test
    void aPartialIsRefused() {
        assertThat(check("documents/care-plan-summary.en.html", GOOD.replace("<p>{{client.name}}</p>",
                "{{> /etc/passwd}}"))).extracting(Problem::problem)
                .anySatisfy(problem -> assertThat(problem).contains("partials"));
    }

    @Test
    void aTemplateForNoDocumentOrWithoutTitleOrLanguageIsRefused() {
        assertThat(check("documents/birthday-card.en.html", GOOD)).extracting(Problem::problem)
                .anySatisfy(problem -> assertThat(problem).contains("no document called “birthday-card”"));
        assertThat(check("documents/care-plan-summary.es.html", GOOD)).extracting(Problem::problem)
                .anySatisfy(problem -> assertThat(problem).contains("<html lang=\"es\">"));
        assertThat(check("documents/care-plan-summary.en.html", GOOD.replace("<title>Summary for {{client.name}}"
                + "</title>", ""))).extracting(Problem::problem)
                .anySatisfy(problem -> assertThat(problem).contains("<title>"));
        assertThat(check("documents/care-plan-summary.en.html", GOOD.replace("</p>", "")))
                .extracting(Problem::problem).anySatisfy(problem -> assertThat(problem).contains("XHTML"));
    }
}
