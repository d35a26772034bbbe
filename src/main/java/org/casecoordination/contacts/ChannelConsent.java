package org.casecoordination.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The client's consent to reach a contact on one channel: who recorded it and when. */
@Embeddable
public class ChannelConsent {

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ChannelConsent() {
    }

    ChannelConsent(String recordedBy, Instant recordedAt) {
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
