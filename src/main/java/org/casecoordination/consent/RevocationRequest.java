package org.casecoordination.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the consent is revoked: kept with the consent, because a revocation is part of its history. */
public class RevocationRequest {

    @NotBlank(message = "{consents.error.revokeReason}")
    @Size(max = 500, message = "{consents.error.tooLong}")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
