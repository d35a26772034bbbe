package org.casecoordination.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.PrimaryConcern;

/**
 * A referral, as entered on the new-referral page or posted to POST /api/cases. The same constraints apply to both.
 */
public class ReferralRequest {

    @Valid
    @NotNull(message = "{referral.error.client}")
    private ClientDetails client = new ClientDetails();

    @NotNull(message = "{referral.error.primaryConcern}")
    private PrimaryConcern primaryConcern;

    @Size(max = 200, message = "{referral.error.max200}")
    private String referralSource;

    @NotNull(message = "{referral.error.urgency}")
    private Urgency urgency;

    /** Team group id (team-north); defaults to the referring coordinator's team. */
    @Pattern(regexp = "team-[a-z0-9-]{1,58}", message = "{referral.error.team}")
    private String team;

    @Size(max = 8000, message = "{referral.error.max8000}")
    private String notes;

    /** Attach the referral to this existing client instead of creating a new one. */
    private Long clientId;

    public ClientDetails getClient() { return client; }
    public void setClient(ClientDetails client) { this.client = client; }
    public PrimaryConcern getPrimaryConcern() { return primaryConcern; }
    public void setPrimaryConcern(PrimaryConcern primaryConcern) { this.primaryConcern = primaryConcern; }
    public String getReferralSource() { return referralSource; }
    public void setReferralSource(String referralSource) { this.referralSource = referralSource; }
    public Urgency getUrgency() { return urgency; }
    public void setUrgency(Urgency urgency) { this.urgency = urgency; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
}
