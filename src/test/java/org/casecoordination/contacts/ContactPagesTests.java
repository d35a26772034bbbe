package org.casecoordination.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Contacts panel of the case page and the contact page: add, change, remove, errors beside fields, Spanish. */
@ApplicationTest
class ContactPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    ClientContacts contacts;

    @Test
    void aContactAddedOnItsPageIsShownOnThePanelFormattedWithTheConsentAndWhoRecordedIt() throws Exception {
        String caseNumber = cases.open("team-north");
        assertThat(casePage(caseNumber, "en").select("#no-contacts").text())
                .isEqualTo("No caregiver or other contact is recorded.");
        assertThat(page(get("/cases/{n}/contacts/new", caseNumber), "en").select("label[for=phone]").text())
                .isEqualTo("Phone");

        mvc.perform(post("/cases/{n}/contacts", caseNumber).with(Users.cora()).with(csrf())
                        .param("relationship", "FAMILY").param("name", "Luis Ruiz").param("phone", "212-555-0123")
                        .param("language", "es").param("consents", "SMS"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/cases/" + caseNumber + "#contacts"));

        Document english = casePage(caseNumber, "en");
        assertThat(english.select("#contact-list .contact-name").text()).isEqualTo("Luis Ruiz");
        assertThat(english.select("#contact-list .contact-relationship").text()).isEqualTo("Family member");
        assertThat(english.select("#contact-list a.contact-phone").attr("href")).isEqualTo("tel:+12125550123");
        assertThat(english.select("#contact-list a.contact-phone").text()).isEqualTo("(212) 555-0123");
        assertThat(english.select("#contact-list .contact-language").text()).isEqualTo("Language: Spanish");
        assertThat(english.select("#contact-list .contact-consents li").text())
                .startsWith("Text message (recorded by Cora");

        Document spanish = casePage(caseNumber, "es");
        assertThat(spanish.select("#contacts h2").text()).isEqualTo("Cuidadores y contactos");
        assertThat(spanish.select("#contact-list .contact-relationship").text()).isEqualTo("Familiar");
        assertThat(spanish.select("#contact-list .contact-language").text()).isEqualTo("Idioma: Español");
        assertThat(spanish.select("#contact-list .contact-consents li").text())
                .startsWith("Mensaje de texto (registrado por Cora");
        assertThat(spanish.select("#add-contact").text()).isEqualTo("Agregar un contacto");
    }

    @Test
    void theClientThemselfIsOfferedFirstAndListedFirstForTheirOwnReminders() throws Exception {
        String caseNumber = cases.open("team-north");
        assertThat(page(get("/cases/{n}/contacts/new", caseNumber), "en").select("#relationship option").eachText())
                .startsWith("Choose one", "The client", "Caregiver");
        assertThat(page(get("/cases/{n}/contacts/new", caseNumber), "es").select("#relationship option").eachText())
                .contains("El cliente");
        mvc.perform(post("/cases/{n}/contacts", caseNumber).with(Users.cora()).with(csrf())
                        .param("relationship", "FAMILY").param("name", "Luis Ruiz").param("phone", "212-555-0123")
                        .param("consents", "SMS"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{n}/contacts", caseNumber).with(Users.cora()).with(csrf())
                        .param("relationship", "SELF").param("name", "Rosa Ruiz").param("phone", "212-555-0177")
                        .param("consents", "SMS"))
                .andExpect(status().is3xxRedirection());

        assertThat(casePage(caseNumber, "en").select("#contact-list .contact-relationship").eachText())
                .containsExactly("The client", "Family member");

        // once: a second entry for the client would send each reminder twice
        Document second = page(post("/cases/{n}/contacts", caseNumber).with(csrf()).param("relationship", "SELF")
                .param("name", "Rosa Ruiz").param("phone", "212-555-0178").param("consents", "SMS"), "en");
        assertThat(second.select("#relationship").hasClass("is-invalid")).isTrue();
        assertThat(second.select("#relationship-error").text())
                .isEqualTo("The client is already listed as their own contact; change that entry instead.");
        assertThat(cases.as("cora", () -> contacts.list(caseNumber))).hasSize(2);
        long family = cases.as("cora", () -> contacts.list(caseNumber)).stream()
                .filter(c -> c.relationship() == Relationship.FAMILY).findFirst().orElseThrow().id();
        Document changed = page(post("/cases/{n}/contacts/{id}", caseNumber, family).with(csrf())
                .param("relationship", "SELF").param("name", "Luis Ruiz").param("phone", "212-555-0123")
                .param("consents", "SMS"), "es");
        assertThat(changed.select("#relationship-error").text())
                .isEqualTo("El cliente ya figura como su propio contacto; cambie esa entrada.");
    }

    @Test
    void anInvalidPhoneIsShownBesideTheFieldInTheReadersLanguageAndNothingIsWritten() throws Exception {
        String caseNumber = cases.open("team-north");
        for (String language : new String[] {"en", "es"}) {
            Document refused = page(post("/cases/{n}/contacts", caseNumber).with(csrf())
                    .param("relationship", "CAREGIVER").param("name", "Rosa").param("phone", "555-0199")
                    .param("consents", "EMAIL"), language);
            assertThat(refused.select("#phone").hasClass("is-invalid")).isTrue();
            assertThat(refused.select("#phone").val()).as("what was typed stays").isEqualTo("555-0199");
            assertThat(refused.select("#phone-error").text()).isEqualTo(language.equals("en")
                    ? "This is not a phone number. Type it with the area code, or with + and the country code."
                    : "Esto no es un número de teléfono. Escríbalo con el código de área, o con + y el código del país.");
            assertThat(refused.select("#consents-error").text()).isEqualTo(language.equals("en")
                    ? "An email needs an email address." : "Para un correo electrónico se necesita una dirección de correo.");
        }
        assertThat(cases.as("cora", () -> contacts.list(caseNumber))).isEmpty();
    }

    @Test
    void aContactIsChangedOnItsPageAndARemovedOneIsKeptOutOfTheListButShown() throws Exception {
        String caseNumber = cases.open("team-north");
        ContactRequest request = new ContactRequest();
        request.setRelationship(Relationship.CAREGIVER);
        request.setName("Rosa Diaz");
        request.setPhone("+44 20 7946 0958");
        long id = cases.as("cora", () -> contacts.add(caseNumber, request)).id();

        Document edit = page(get("/cases/{n}/contacts/{id}/edit", caseNumber, id), "en");
        assertThat(edit.select("#name").val()).isEqualTo("Rosa Diaz");
        assertThat(edit.select("#phone").val()).isEqualTo("+44 20 7946 0958");
        assertThat(edit.select("#relationship option[selected]").val()).isEqualTo("CAREGIVER");

        mvc.perform(post("/cases/{n}/contacts/{id}", caseNumber, id).with(Users.cora()).with(csrf())
                        .param("relationship", "CAREGIVER").param("name", "Rosa Díaz").param("phone", "+44 20 7946 0958")
                        .param("primaryCaregiver", "true").param("consents", "PHONE_CALL"))
                .andExpect(status().is3xxRedirection());
        Document changed = casePage(caseNumber, "en");
        assertThat(changed.select("#contact-list .contact-name").text()).isEqualTo("Rosa Díaz");
        assertThat(changed.select("#contact-list .contact-primary").text()).isEqualTo("Primary caregiver");
        assertThat(changed.select("#client-caregiver").text()).isEqualTo("Rosa Díaz, +44 20 7946 0958");

        mvc.perform(post("/cases/{n}/contacts/{id}/remove", caseNumber, id).with(Users.cora()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Document removed = casePage(caseNumber, "en");
        assertThat(removed.select("#contact-list")).isEmpty();
        assertThat(removed.select("#removed-contacts").text()).contains("Removed contacts (1)", "Rosa Díaz (Caregiver)",
                "Removed by Cora");
        assertThat(removed.select("#client-caregiver")).as("no primary caregiver any more").isEmpty();
    }

    @Test
    void anotherTeamCannotOpenAddChangeOrRemove() throws Exception {
        String caseNumber = cases.open("team-north");
        ContactRequest request = new ContactRequest();
        request.setRelationship(Relationship.OTHER);
        request.setName("Neighbour");
        long id = cases.as("cora", () -> contacts.add(caseNumber, request)).id();

        mvc.perform(get("/cases/{n}/contacts/new", caseNumber).with(Users.dana())).andExpect(status().isForbidden());
        mvc.perform(get("/cases/{n}/contacts/{id}/edit", caseNumber, id).with(Users.dana()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/contacts", caseNumber).with(Users.dana()).with(csrf())
                .param("relationship", "OTHER").param("name", "Peek")).andExpect(status().isForbidden());
        mvc.perform(post("/cases/{n}/contacts/{id}/remove", caseNumber, id).with(Users.dana()).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(cases.as("cora", () -> contacts.list(caseNumber))).singleElement()
                .satisfies(contact -> assertThat(contact.removed()).isFalse());
    }

    private Document casePage(String caseNumber, String language) throws Exception {
        return page(get("/cases/{n}", caseNumber), language);
    }

    private Document page(MockHttpServletRequestBuilder request, String language) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(Users.cora()).header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
