package org.casecoordination.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** CSV import: valid rows in, each invalid row reported with its line and reason and nothing of it written. */
@ApplicationTest
class ProviderCsvImportTests {

    static final String HEADER = "name,serviceTypes,areas,languages,acceptsNewClients,openPlaces,contactName,phone,email,openingHours\n";

    @Autowired
    ProviderCsvImport csvImport;
    @Autowired
    ProviderRepository providers;
    @Autowired
    MockMvc mvc;

    @Test
    void validRowsAreImportedAndBadRowsReportedWithLineAndReason() {
        String csv = HEADER
                + "Csv Test Home Care,HOME_CARE;ADULT_DAY_CARE,10009;EAST COUNTY,english;polish,yes,3,Desk,555-0199,desk@csv.example.org,Mon-Fri\n"
                + "Csv Test Broken,PLUMBING,10009,english,yes,3,,,,\n"
                + "Csv Test No Places,HOME_CARE,10009,english,maybe,-1,,,not-an-email,\n"
                + "\"Csv Test Quoted, Ltd\",SOCIAL_SERVICES,10009,english,no,0,,,,\n";
        List<ProviderCsvImport.RowResult> results = csvImport.run(new StringReader(csv));

        assertThat(results).extracting(ProviderCsvImport.RowResult::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(results).extracting(ProviderCsvImport.RowResult::imported).containsExactly(true, false, false, true);
        assertThat(results.get(1).problem()).contains("Unknown service type \u201cPLUMBING\u201d");
        assertThat(results.get(2).problem()).contains("acceptsNewClients").contains("openPlaces").contains("email");

        Provider imported = providers.findByNameIgnoreCase("Csv Test Home Care").orElseThrow();
        assertThat(imported.getServiceTypes()).containsExactly(ServiceType.HOME_CARE, ServiceType.ADULT_DAY_CARE);
        assertThat(imported.getAreas()).containsExactly("10009", "EAST COUNTY");
        assertThat(imported.getLanguages()).as("stored as ISO codes").containsExactly("en", "pl");
        assertThat(providers.findByNameIgnoreCase("Csv Test Broken")).as("nothing of a bad row").isEmpty();
        assertThat(providers.findByNameIgnoreCase("Csv Test No Places")).isEmpty();
        assertThat(providers.findByNameIgnoreCase("Csv Test Quoted, Ltd")).isPresent();
    }

    @Test
    void languagesAreCodesOrNamesInEnglishOrSpanishAndAnUnknownOneRefusesTheRow() {
        String csv = HEADER
                + "Csv Test Idiomas,HOME_CARE,10009,inglés;Español;VI,yes,1,,,,\n"
                + "Csv Test Klingon,HOME_CARE,10009,english;klingon,yes,1,,,,\n";
        List<ProviderCsvImport.RowResult> results = csvImport.run(new StringReader(csv));

        assertThat(results).extracting(ProviderCsvImport.RowResult::imported).containsExactly(true, false);
        assertThat(results.get(1).problem()).contains("Unknown language \u201cklingon\u201d");
        assertThat(providers.findByNameIgnoreCase("Csv Test Idiomas").orElseThrow().getLanguages())
                .containsExactly("en", "es", "vi");
    }

    @Test
    void unknownColumnsRefuseTheFile() {
        List<ProviderCsvImport.RowResult> results = csvImport.run(new StringReader("name,colour\nX,blue\n"));
        assertThat(results).singleElement().satisfies(r -> assertThat(r.problem()).contains("Unknown columns: colour"));
    }

    @Test
    void theImportPageShowsTheReportToAdministratorsOnly() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "providers.csv", "text/csv",
                (HEADER + "Csv Page Test,TRANSPORTATION,10001,english,yes,2,,,,\nBad,,,,,,,,,\n")
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/providers/import").file(file).with(Users.cora()).with(csrf()))
                .andExpect(status().isForbidden());
        Document page = Jsoup.parse(mvc.perform(multipart("/admin/providers/import").file(file)
                        .with(user("admin").authorities(() -> "GROUP_camunda-admin")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#imported-count").text()).isEqualTo("1");
        assertThat(page.select("#refused-count").text()).isEqualTo("1");
        assertThat(page.select("tr[data-line=3]").text()).contains("Name at least one service type");
    }
}
