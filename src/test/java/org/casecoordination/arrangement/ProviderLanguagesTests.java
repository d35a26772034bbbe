package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Provider languages are ISO codes: chosen by name on the edit page, shown by name, matched by code. */
@ApplicationTest
class ProviderLanguagesTests {

    private static final RequestPostProcessor ADMIN = user("admin").authorities(() -> "GROUP_camunda-admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    ProviderRepository providers;

    @Test
    void theEditPageOffersLanguagesByNameAndStoresTheirCodes() throws Exception {
        Document form = page(get("/admin/providers/new"), ADMIN);
        assertThat(form.select("#provider-languages input[type=checkbox]").eachAttr("value"))
                .startsWith("en", "es").contains("vi", "zh", "ht");
        assertThat(form.select("label[for=languages-vi]").text()).isEqualTo("Vietnamese");
        assertThat(page(get("/admin/providers/new").header("Accept-Language", "es"), ADMIN)
                .select("label[for=languages-vi]").text()).isEqualTo("Vietnamita");

        String name = "Idiomas Home Care " + System.nanoTime();
        mvc.perform(post("/admin/providers").with(ADMIN).with(csrf()).param("name", name)
                        .param("serviceTypes", "HOME_CARE").param("areas", "10077")
                        .param("languages", "es", "vi").param("acceptsNewClients", "yes").param("openPlaces", "2"))
                .andExpect(redirectedUrlPattern("/admin/providers/*"));
        Provider saved = providers.findByNameIgnoreCase(name).orElseThrow();
        assertThat(saved.getLanguages()).containsExactly("es", "vi");

        Document edit = page(get("/admin/providers/" + saved.getId()), ADMIN);
        assertThat(edit.select("#provider-languages input[checked]").eachAttr("value")).containsExactly("es", "vi");

        Document directory = page(get("/providers").param("area", "10077"), Users.cora());
        assertThat(directory.select("tr[data-provider-id=" + saved.getId() + "] td").eachText())
                .contains("Spanish, Vietnamese");
        Document enEspanol = page(get("/providers").param("area", "10077").param("language", "es")
                .header("Accept-Language", "es"), Users.cora());
        assertThat(enEspanol.select("tr[data-provider-id=" + saved.getId() + "] td").eachText())
                .contains("Español, Vietnamita");
        assertThat(page(get("/providers").param("area", "10077").param("language", "en"), Users.cora())
                .select("tr[data-provider-id=" + saved.getId() + "]")).isEmpty();
    }

    @Test
    void noLanguageOrAnUnknownOneIsRefusedNextToTheField() throws Exception {
        Document refused = page(post("/admin/providers").with(csrf()).param("name", "No Language " + System.nanoTime())
                .param("serviceTypes", "HOME_CARE").param("areas", "10077").param("languages", "klingon"), ADMIN);
        assertThat(refused.select("#languages-error").text()).contains("klingon");
    }

    @Test
    void aClientIsMatchedByCodeAndASearchByNameInEitherLanguageFindsTheSame() {
        Provider provider = new Provider(new ProviderDetails("P", List.of(ServiceType.HOME_CARE), List.of("10001"),
                List.of("es", "pl"), true, 1, null, null, null, null));
        assertThat(ProviderSearch.of(ServiceType.HOME_CARE, "10001", "es").matches(provider)).isTrue();
        assertThat(ProviderSearch.of(ServiceType.HOME_CARE, "10001", "Spanish").matches(provider)).isTrue();
        assertThat(ProviderSearch.of(ServiceType.HOME_CARE, "10001", "polaco").matches(provider)).isTrue();
        assertThat(ProviderSearch.of(ServiceType.HOME_CARE, "10001", "en").matches(provider)).isFalse();
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
