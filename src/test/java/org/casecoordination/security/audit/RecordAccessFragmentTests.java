package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.casecoordination.support.FragmentTemplateEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/** fragments/record-access.html as the case page includes it, with a real Thymeleaf engine. */
class RecordAccessFragmentTests {

    private static final String PAGE =
            "<div th:replace=\"~{fragments/record-access :: recordAccess(${recordAccess})}\"></div>";

    @Test
    void showsWhenWhoWhatOutcomeAndFromWhereAndMarksRefusals() {
        Document html = render(List.of(
                new AuditEvent(Instant.parse("2026-03-02T10:15:00Z"), "colin", AuditAction.REASSIGN, "CC-1",
                        "POST /api/tasks/t1/claim", "409", "192.0.2.7"),
                new AuditEvent(Instant.parse("2026-03-02T09:00:00Z"), "cora", AuditAction.VIEW_RECORD, "CC-1",
                        "GET /cases/CC-1", "200", null)));

        assertThat(html.select("#record-access h2").text()).isEqualTo("Who accessed this record");
        var rows = html.select("#record-access tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).text()).contains("colin", "Reassigned a task", "409", "192.0.2.7");
        assertThat(rows.get(0).hasClass("table-warning")).isTrue();
        assertThat(rows.get(1).text()).contains("cora", "Viewed", "200", "—");
        assertThat(rows.get(1).hasClass("table-warning")).isFalse();
    }

    @Test
    void saysSoWhenNoOneAccessedTheRecordYet() {
        Document html = render(List.of());
        assertThat(html.select("#record-access").text()).contains("No access recorded yet.");
        assertThat(html.select("table")).isEmpty();
    }

    @Test
    void anActorOrPathWithMarkupShowsAsText() {
        Document html = render(List.of(new AuditEvent(Instant.now(), "<script>x()</script>",
                AuditAction.LOGIN_FAILED, "CC-1", "GET /cases/CC-1/<b>", "FAILURE", null)));
        assertThat(html.select("#record-access script")).isEmpty();
        assertThat(html.select("#record-access b")).isEmpty();
        assertThat(html.select("#record-access tbody").text()).contains("<script>x()</script>");
    }

    private static Document render(List<AuditEvent> events) {
        Context context = FragmentTemplateEngine.context();
        context.setVariable("recordAccess", events);
        return Jsoup.parse(FragmentTemplateEngine.create().process(PAGE, context));
    }
}
