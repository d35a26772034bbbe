package org.casecoordination.documents;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Templates go through the same deployment door as diagrams and forms: an analyst uploading a template that names
 * an unknown field, or that tries a Spring expression, is refused with the file and the field, before anything is
 * deployed or written.
 */
@ApplicationTest
class DocumentTemplateDeploymentTests {

    private static final String FILE = "documents/care-plan-summary.en.html";

    @Autowired
    MockMvc mvc;

    private MockMultipartFile template(String from, String to) throws Exception {
        String text = Files.readString(Path.of(FILE)).replace(from, to);
        return new MockMultipartFile("files", "care-plan-summary.en.html", "text/html",
                text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownMergeFieldIsRefusedNamingTheFileAndTheField() throws Exception {
        mvc.perform(multipart("/api/processes/deployments").file(template("{{client.dateOfBirth}}",
                        "{{client.socialSecurityNumber}}")).with(httpBasic("ana", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(FILE)))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(allOf(
                        containsString("client.socialSecurityNumber"), containsString("is no merge field")))));
    }

    @Test
    void aSpringExpressionIsRefused() throws Exception {
        mvc.perform(multipart("/api/processes/deployments").file(template("{{client.dateOfBirth}}",
                        "${T(java.lang.Runtime).getRuntime().exec('touch /tmp/owned')}"))
                        .with(httpBasic("ana", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(FILE)))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("templates are Mustache"))));
    }
}
