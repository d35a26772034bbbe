package org.casecoordination.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** FHIR's error shape: an OperationOutcome with one issue whose diagnostics a person can read. */
final class OperationOutcomes {

    private OperationOutcomes() {
    }

    static OperationOutcome of(IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
        return outcome;
    }

    /** For answers written before Spring MVC (the security chain's refusals). */
    static void write(FhirContext fhir, HttpServletResponse response, int status, IssueType type, String diagnostics)
            throws IOException {
        response.setStatus(status);
        response.setContentType(FhirJsonConverter.FHIR_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        fhir.newJsonParser().encodeResourceToWriter(of(type, diagnostics), response.getWriter());
    }
}
