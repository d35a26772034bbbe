package org.casecoordination.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casecoordination.support.FragmentTemplateEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** fragments/consents.html rendered the way the case page includes it, without a Spring context. */
class ConsentsFragmentTests {

    static final String PAGE =
            "<div th:replace=\"~{fragments/consents :: consents(${caseNumber}, ${consents})}\"></div>";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final SpringTemplateEngine ENGINE = FragmentTemplateEngine.create();

    @Test
    void eachConsentShowsItsStateAndOnlyThoseNotRevokedCanBeRevoked() {
        Document page = render(List.of(
                consent(3L, ConsentState.ACTIVE, null, null),
                consent(2L, ConsentState.EXPIRED, "Sunrise Recovery", null),
                consent(1L, ConsentState.REVOKED, "<script>alert(1)</script>", TODAY)), Map.of());

        assertThat(page.select("#consent-list li").eachAttr("data-consent-state"))
                .containsExactly("ACTIVE", "EXPIRED", "REVOKED");
        assertThat(page.select("#consent-list .consent-state").eachText())
                .containsExactly("Active", "Expired", "Revoked");
        assertThat(page.select("li[data-consent-id=3] .consent-recipient").text())
                .isEqualTo("to any provider for service arrangement");
        Element revoked = page.selectFirst("li[data-consent-id=1]");
        assertThat(revoked.select(".consent-revocation").text())
                .isEqualTo("revoked on Nov 27, 2026 by colin: Client withdrew it.");
        assertThat(revoked.select("form")).isEmpty();
        assertThat(revoked.select("script")).isEmpty();
        assertThat(revoked.select(".consent-recipient").text()).contains("<script>");
        assertThat(page.select("li[data-consent-id=3] form").attr("action"))
                .isEqualTo("/cases/CC-2026-000001/consents/3/revoke");
        assertThat(page.select("#record-consent").attr("action")).isEqualTo("/cases/CC-2026-000001/consents");
    }

    @Test
    void withoutConsentsTheCardSaysSoAndOffersEveryPurpose() {
        Document page = render(List.of(), Map.of());
        assertThat(page.select("#no-consents").text()).startsWith("No consent is recorded");
        assertThat(page.select("#consent-purpose option").eachAttr("value")).containsExactlyElementsOf(
                Arrays.stream(ConsentPurpose.values()).map(Enum::name).toList());
        assertThat(page.select("#consent-purpose option").eachText()).containsExactlyElementsOf(
                Arrays.stream(ConsentPurpose.values()).map(ConsentPurpose::label).toList());
    }

    @Test
    void mistakesShowNextToTheirFieldsWithWhatWasTyped() {
        ConsentRequest typed = new ConsentRequest();
        typed.setPurpose(ConsentPurpose.SUBSTANCE_USE_DISCLOSURE);
        typed.setGivenOn(LocalDate.of(2026, 5, 1));
        typed.setValidUntil(LocalDate.of(2026, 4, 1));
        Document page = render(List.of(), Map.of("consentInput", typed,
                "consentErrors", Map.of("validUntil", "Valid until cannot be before the day it was given."),
                "revokeErrors", Map.of()));
        assertThat(page.select("#consent-valid-until").hasClass("is-invalid")).isTrue();
        assertThat(page.select("#consent-valid-until").val()).isEqualTo("2026-04-01");
        assertThat(page.select("#consent-given-on").val()).isEqualTo("2026-05-01");
        assertThat(page.select("#consent-given-on").hasClass("is-invalid")).isFalse();
        assertThat(page.select("#consent-purpose option[selected]").val()).isEqualTo("SUBSTANCE_USE_DISCLOSURE");
        assertThat(page.select(".invalid-feedback").eachText())
                .containsExactly("Valid until cannot be before the day it was given.");
    }

    @Test
    void noInlineScriptOrStyleForTheContentSecurityPolicy() {
        Document page = render(List.of(consent(3L, ConsentState.ACTIVE, null, null)),
                Map.of("revokeErrors", Map.of(3L, "Say why the consent is revoked.")));
        assertThat(page.select("li[data-consent-id=3] .invalid-feedback").text())
                .isEqualTo("Say why the consent is revoked.");
        assertThat(page.select("script, style")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("style")
                        || a.getValue().startsWith("javascript:")));
    }

    private static ConsentSummary consent(Long id, ConsentState state, String recipient, LocalDate revokedOn) {
        return new ConsentSummary(id, ConsentPurpose.SUBSTANCE_USE_DISCLOSURE, recipient, TODAY.minusDays(30),
                state == ConsentState.EXPIRED ? TODAY.minusDays(1) : null, state, "CC-2026-000001", "cora",
                Instant.parse("2026-10-28T09:15:00Z"), revokedOn, revokedOn == null ? null : "colin",
                revokedOn == null ? null : "Client withdrew it.", null);
    }

    private static Document render(List<ConsentSummary> consents, Map<String, Object> flash) {
        MockServletContext servletContext = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
        WebContext context = new WebContext(exchange);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                FragmentTemplateEngine.evaluationContext());
        context.setVariable("caseNumber", "CC-2026-000001");
        context.setVariable("consents", consents);
        context.setVariables(flash);
        // @dates writes in the request's language, as LocaleContextHolder has it during a request
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        try {
            return Jsoup.parse(ENGINE.process(PAGE, context));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
