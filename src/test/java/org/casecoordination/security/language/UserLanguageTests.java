package org.casecoordination.security.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.IdentityService;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who chooses the language of the screens: the user's saved choice, else the browser's, else English. */
@ApplicationTest
class UserLanguageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void forgetTheChoice() {
        identityService.deleteUserInfo("cora", UserLanguage.USER_INFO_KEY);
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageDecidesAmongTheSupportedOnesElseEnglish() throws Exception {
        Document plain = page(get("/providers"), new MockHttpSession());
        assertThat(plain.select("html").attr("lang")).isEqualTo("en");
        assertThat(plain.select("h1").text()).isEqualTo("Provider directory");

        Document spanish = page(get("/providers").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"),
                new MockHttpSession());
        assertThat(spanish.select("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.select("h1").text()).isEqualTo("Directorio de proveedores");
        assertThat(spanish.select("#nav-language").text()).isEqualTo("Idioma");

        Document french = page(get("/providers").header("Accept-Language", "fr-FR,fr;q=0.9"), new MockHttpSession());
        assertThat(french.select("html").attr("lang")).isEqualTo("en");
        assertThat(french.select("h1").text()).isEqualTo("Provider directory");
    }

    @Test
    void theHeadersSwitchSavesTheChoiceAndComesBackToThePageInThatLanguage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Document english = page(get("/providers"), session);
        assertThat(english.select("#nav-language-en")).as("the language shown is not offered").isEmpty();
        assertThat(english.select("#nav-language-es").text()).isEqualTo("Español");
        assertThat(english.select("#nav-language-es").attr("lang")).isEqualTo("es");
        assertThat(english.select("#nav-language-es").parents().select("form input[name=returnTo]").val())
                .isEqualTo("/providers");

        mvc.perform(post("/account/language").param("language", "es").param("returnTo", "/providers")
                        .with(Users.cora()).with(csrf()).session(session))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/providers"));
        assertThat(identityService.getUserInfo("cora", UserLanguage.USER_INFO_KEY)).isEqualTo("es");

        Document spanish = page(get("/providers").header("Accept-Language", "en"), session);
        assertThat(spanish.select("html").attr("lang")).isEqualTo("es");
        assertThat(spanish.select("h1").text()).isEqualTo("Directorio de proveedores");
        assertThat(spanish.select("#nav-language-en").text()).isEqualTo("English");
    }

    @Test
    void aSavedChoiceBeatsTheBrowserAndIsReadOncePerSession() throws Exception {
        identityService.setUserInfo("cora", UserLanguage.USER_INFO_KEY, "es");
        MockHttpSession session = new MockHttpSession();
        assertThat(page(get("/providers").header("Accept-Language", "en-US"), session).select("html").attr("lang"))
                .isEqualTo("es");

        // changed elsewhere (another session): this session keeps what it read at its start
        identityService.setUserInfo("cora", UserLanguage.USER_INFO_KEY, "en");
        assertThat(page(get("/providers"), session).select("html").attr("lang")).isEqualTo("es");
        assertThat(page(get("/providers").header("Accept-Language", "es"), new MockHttpSession())
                .select("html").attr("lang")).as("a new login reads the new choice").isEqualTo("en");
    }

    @Test
    void theAccountPageChoosesALanguageOrGoesBackToTheBrowsers() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Document account = page(get("/account/language"), session);
        assertThat(account.select("#language-form input[name=language]").eachAttr("value")).containsExactly("en", "es", "");
        assertThat(account.select("#language-browser").hasAttr("checked")).isTrue();
        assertThat(account.select("label[for=language-es]").text()).isEqualTo("Español");

        mvc.perform(post("/account/language").param("language", "es").with(Users.cora()).with(csrf())
                .session(session)).andExpect(redirectedUrl("/account/language"));
        Document chosen = page(get("/account/language"), session);
        assertThat(chosen.select("#language-es").hasAttr("checked")).isTrue();
        assertThat(chosen.select("h1").text()).isEqualTo("Idioma de las pantallas");
        assertThat(chosen.select("[role=status]").text()).isEqualTo("Las pantallas ahora están en Español.");

        mvc.perform(post("/account/language").param("language", "").with(Users.cora()).with(csrf())
                .session(session)).andExpect(redirectedUrl("/account/language"));
        assertThat(identityService.getUserInfo("cora", UserLanguage.USER_INFO_KEY)).isNull();
        assertThat(page(get("/account/language").header("Accept-Language", "es"), session).select("h1").text())
                .isEqualTo("Idioma de las pantallas");
        assertThat(page(get("/account/language"), session).select("h1").text()).isEqualTo("Language of the screens");
    }

    @Test
    void theSwitchNeverSendsAnywhereOutsideTheApplication() throws Exception {
        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            mvc.perform(post("/account/language").param("language", "en").param("returnTo", elsewhere)
                    .with(Users.cora()).with(csrf())).andExpect(redirectedUrl("/account/language"));
        }
    }

    private Document page(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Users.cora()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
