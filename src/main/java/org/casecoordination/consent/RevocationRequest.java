package org.casecoordination.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the consent is revoked: kept with the consent, because a revocation is part of its history. */
public class RevocationRequest {

    @NotBlank(message = "Say why the consent is revoked.")
    @Size(max = 500, message = "At most 500 characters.")
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
