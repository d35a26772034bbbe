package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The provider directory's refusals in the reader's language: next to the field on the edit page, in an import
 * row, in the API's {@code message}, and the 403 for a role that may not; without a language they stay English.
 */
@ApplicationTest
class ProviderWordsInSpanishTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProviderRepository providers;
    @Autowired
    Cases cases;

    @Test
    void theEditPageSaysWhatIsWrongInSpanishNextToTheField() throws Exception {
        Document spanish = save(spanish(post("/admin/providers")));
        Document english = save(post("/admin/providers"));

        assertThat(spanish.select("#name-error").text()).isEqualTo("Obligatorio.");
        assertThat(spanish.select("#serviceTypes-error").text()).isEqualTo("Tipo de servicio desconocido: \u201cPLUMBING\u201d.");
        assertThat(spanish.select("#areas-error").text()).isEqualTo("Indique al menos un código postal o condado que atiende.");
        assertThat(spanish.select("#openPlaces-error").text()).isEqualTo("Los cupos libres deben ser un número entero.");
        assertThat(spanish.select("#email-error").text()).isEqualTo("No es una dirección de correo electrónico.");
        assertThat(english.select("#name-error").text()).isEqualTo("Required.");
        assertThat(english.select("#serviceTypes-error").text()).isEqualTo("Unknown service type \u201cPLUMBING\u201d.");
        assertThat(english.select("#openPlaces-error").text()).isEqualTo("Open places must be a whole number.");
        assertThat(english.select("#email-error").text()).isEqualTo("Not an email address.");
    }

    @Test
    void anImportRowIsRefusedInSpanishNamingTheColumn() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "providers.csv", "text/csv",
                (ProviderCsvImportTests.HEADER + "Csv Spanish Test,HOME_CARE,10009,klingon,quizás,2,,,,\n")
                        .getBytes(StandardCharsets.UTF_8));

        Document page = Jsoup.parse(mvc.perform(spanish(multipart("/admin/providers/import").file(file))
                        .with(admin()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("tr[data-line=2]").text()).contains("languages: Idioma desconocido: \u201cklingon\u201d.")
                .contains("acceptsNewClients: \u00abAcepta clientes nuevos\u00bb debe ser sí o no.");
        assertThat(providers.findByNameIgnoreCase("Csv Spanish Test")).isEmpty();
    }

    @Test
    void theApiSaysAnUnknownServiceTypeInTheRequestsLanguage() throws Exception {
        mvc.perform(get("/api/providers").param("serviceType", "PLUMBING").header("Accept-Language", "es")
                        .with(httpBasic("cora", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serviceType"))
                .andExpect(jsonPath("$.errors[0].message").value("Tipo de servicio desconocido: \u201cPLUMBING\u201d."));
        mvc.perform(get("/api/providers").param("serviceType", "PLUMBING").with(httpBasic("cora", "demo")))
                .andExpect(jsonPath("$.errors[0].message").value("Unknown service type \u201cPLUMBING\u201d."));
    }

    @Test
    void aCoordinatorIsToldInSpanishThatOnlyAdministratorsChangeTheDirectory() throws Exception {
        Document page = Jsoup.parse(mvc.perform(spanish(get("/admin/providers/new")).with(Users.cora()))
                .andExpect(status().isForbidden()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#forbidden-message").text())
                .isEqualTo("Solo los administradores cambian el directorio de proveedores.");

        Document english = Jsoup.parse(mvc.perform(get("/admin/providers/new").with(Users.cora()))
                .andExpect(status().isForbidden()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.select("#forbidden-message").text())
                .isEqualTo("Only administrators change the provider directory.");
    }

    @Test
    void theTokenApiRefusesACoordinatorInTheRequestsLanguage() throws Exception {
        mvc.perform(post("/api/providers/{id}/tokens", 1).header("Accept-Language", "es")
                        .with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").value("Solo los administradores crean tokens de proveedores."));
        mvc.perform(post("/api/providers/{id}/tokens", 1).with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").value("Only administrators create provider tokens."));
    }

    /** The API's access rules answer before the body is read, in the request's language too. */
    @Test
    void aCaseOfAnotherTeamOrNoneIsRefusedOnTheApiInTheRequestsLanguage() throws Exception {
        String south = cases.open("team-south");
        mvc.perform(post("/api/cases/{n}/notes", south).header("Accept-Language", "es")
                        .with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].message").value("Este caso pertenece a un equipo en el que usted no"
                        + " trabaja. Pida acceso a un supervisor si lo necesita."));
        mvc.perform(post("/api/cases/{n}/notes", "CC-0000-404").header("Accept-Language", "es")
                        .with(httpBasic("cora", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"x\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].message").value("No existe el caso CC-0000-404."));
        mvc.perform(post("/api/cases/{n}/notes", "CC-0000-404").with(httpBasic("cora", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"x\"}"))
                .andExpect(jsonPath("$.errors[0].message").value("There is no case CC-0000-404."));
    }

    private Document save(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(admin()).with(csrf())
                        .param("name", " ").param("serviceTypes", "PLUMBING").param("areas", "")
                        .param("languages", "en").param("openPlaces", "many").param("email", "not-an-email"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static UserRequestPostProcessor admin() {
        return user("admin").authorities(() -> "GROUP_camunda-admin");
    }

    private static MockHttpServletRequestBuilder spanish(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "es");
    }
}
