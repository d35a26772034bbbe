package org.casecoordination.supervision.reopen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a closed case is reopened; the same rules for the API and the case page's form. */
public class ReopenRequest {

    @NotBlank(message = "Give the reason for reopening the case.")
    @Size(max = 1000, message = "At most 1000 characters.")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
