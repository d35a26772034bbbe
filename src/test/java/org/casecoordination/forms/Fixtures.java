package org.casecoordination.forms;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The fixture forms under src/test/resources/forms-fixtures and values that pass their validation. */
final class Fixtures {

    private Fixtures() {
    }

    static FormDefinition referral() {
        return load("forms-fixtures/referral.form");
    }

    static FormDefinition load(String resource) {
        InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return new FormSchemaParser().parse(in, resource);
    }

    /** A submission of the referral fixture that passes every rule; tests change one value at a time. */
    static Map<String, Object> validReferral() {
        Map<String, Object> values = new HashMap<>();
        values.put("summary", "Needs help at home");
        values.put("email", "case.worker@example.org");
        values.put("phone", "+4930664040900");
        values.put("reference", "REF-123");
        values.put("visits", 3L);
        values.put("dose", 1L);
        values.put("notes", "");
        values.put("referralDate", "2025-03-01");
        values.put("callTime", "14:30");
        values.put("appointmentAt", "2025-03-04T09:15");
        values.put("urgent", false);
        values.put("consent", true);
        values.put("priority", "HIGH");
        values.put("channel", "PHONE");
        values.put("needs", List.of("TRANSPORT"));
        values.put("languages", List.of("EN", "FR"));
        values.put("caseNumber", "C-1");
        return values;
    }
}
