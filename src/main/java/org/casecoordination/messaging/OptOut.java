package org.casecoordination.messaging;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A number's STOP (opted out) or START (opted back in), as it texted it: which number, which word, when. Kept, not
 * overwritten: the newest decides, and the history answers "why did she get nothing?".
 */
@Entity
@Table(name = "sms_opt_out")
class OptOut {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_opt_out_seq")
    @SequenceGenerator(name = "sms_opt_out_seq", sequenceName = "sms_opt_out_seq", allocationSize = 50)
    private Long id;

    private String phone;
    private boolean optedOut;
    private String word;
    private Instant receivedAt;

    protected OptOut() {
    }

    OptOut(String phone, boolean optedOut, String word, Instant receivedAt) {
        this.phone = phone;
        this.optedOut = optedOut;
        this.word = word;
        this.receivedAt = receivedAt;
    }

    boolean isOptedOut() { return optedOut; }
    String getWord() { return word; }
    Instant getReceivedAt() { return receivedAt; }
}
