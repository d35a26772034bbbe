package org.casecoordination.supervision.reopen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a closed case is reopened; the same rules for the API and the case page's form. */
public class ReopenRequest {

    @NotBlank(message = "{reopen.error.reason}")
    @Size(max = 1000, message = "{reopen.error.reasonTooLong}")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
