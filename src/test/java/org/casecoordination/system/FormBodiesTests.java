package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormBodiesTests {

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsAFieldWhoseNameIsEncodedAsTheContainerWould() {
        // the lockout and the audit must see the user Camunda's login resource will see
        assertThat(FormBodies.field(body("user%6Eame=colin&password=x"), "username")).contains("colin");
        assertThat(FormBodies.field(body("password=x&username=d%C3%A9sir%C3%A9e"), "username")).contains("désirée");
    }

    @Test
    void aMissingOrMalformedFieldIsHandled() {
        assertThat(FormBodies.field(body("password=x"), "username")).isEmpty();
        assertThat(FormBodies.field(body("username"), "username")).contains("");
        assertThat(FormBodies.field(body("username=%zz"), "username")).contains("%zz");
    }
}
