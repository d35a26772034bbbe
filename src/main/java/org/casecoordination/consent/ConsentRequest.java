package org.casecoordination.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A consent to record, from the JSON API or the case page's form. Rules that compare fields (the period, who the
 * Part 2 consent names) are in {@link ConsentRequestValidator}, so each error names its field.
 */
public class ConsentRequest implements Serializable {

    @NotNull(message = "{consents.error.purpose}")
    private ConsentPurpose purpose;

    /** A provider or organisation name; blank together with {@code anyProvider} = any provider arranged. */
    @Size(max = 200, message = "{consents.error.tooLong}")
    private String recipient;

    /** "Any provider for service arrangement": the client allows every provider the coordinator arranges. */
    private boolean anyProvider;

    @NotNull(message = "{consents.error.givenOn}")
    @PastOrPresent(message = "{consents.error.givenInFuture}")
    private LocalDate givenOn;

    private LocalDate validUntil;

    public ConsentPurpose getPurpose() { return purpose; }
    public void setPurpose(ConsentPurpose purpose) { this.purpose = purpose; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
    public boolean isAnyProvider() { return anyProvider; }
    public void setAnyProvider(boolean anyProvider) { this.anyProvider = anyProvider; }
    public LocalDate getGivenOn() { return givenOn; }
    public void setGivenOn(LocalDate givenOn) { this.givenOn = givenOn; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }

    boolean namesRecipient() {
        return recipient != null && !recipient.isBlank();
    }
}
