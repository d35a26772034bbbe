package org.casecoordination.supervision.crisis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The case page's crisis form; the same rules as the hotline's {@link CrisisReport}. */
public class CrisisForm {

    @NotBlank(message = "{crisisPage.description.required}")
    @Size(max = 2000, message = "{casePage.note.tooLong}")
    private String description;

    @Size(max = 200, message = "{casePage.note.tooLong}")
    private String reportedBy;

    @Pattern(regexp = "[0-9+()\\-. ]{7,30}", message = "{crisisPage.callback.invalid}")
    private String callbackNumber;

    CrisisReport toReport() {
        return new CrisisReport(description, reportedBy, callbackNumber);
    }

    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getReportedBy() { return reportedBy; }
    public void setReportedBy(String reportedBy) { this.reportedBy = reportedBy; }
    public String getCallbackNumber() { return callbackNumber; }
    public void setCallbackNumber(String callbackNumber) { this.callbackNumber = callbackNumber; }
}
