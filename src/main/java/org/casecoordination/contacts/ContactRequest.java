package org.casecoordination.contacts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.casecoordination.system.LanguageCode;

/**
 * A contact to add or the whole of a contact to change, from the contact page or the JSON API. Rules between
 * fields (a consent needs its phone or email, a text needs a number that takes texts) are in
 * {@link ContactRequestValidator}, so each error names its field.
 */
public class ContactRequest {

    @NotNull(message = "{contacts.error.relationship}")
    @Schema(description = "CAREGIVER, FAMILY, GUARDIAN, FRIEND_OR_NEIGHBOUR or OTHER")
    private Relationship relationship;

    @NotBlank(message = "{contacts.error.name}")
    @Size(max = 200, message = "{contacts.error.tooLong}")
    private String name;

    @Size(max = 40, message = "{contacts.error.tooLong}")
    @Schema(description = "as typed: a number of the configured region, or + and the country code; kept in E.164")
    private String phone;

    @Size(max = 254, message = "{contacts.error.tooLong}")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{contacts.error.email}")
    private String email;

    @LanguageCode
    @Schema(description = "ISO 639-1 code of the language they read; empty when not known")
    private String language;

    @Size(max = 500, message = "{contacts.error.tooLong}")
    private String note;

    private boolean primaryCaregiver;

    @Schema(description = "the channels the client consents to: SMS, EMAIL, PHONE_CALL")
    private Set<Channel> consents = new LinkedHashSet<>();

    public Relationship getRelationship() { return relationship; }
    public void setRelationship(Relationship relationship) { this.relationship = relationship; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isPrimaryCaregiver() { return primaryCaregiver; }
    public void setPrimaryCaregiver(boolean primaryCaregiver) { this.primaryCaregiver = primaryCaregiver; }
    public Set<Channel> getConsents() { return consents; }
    public void setConsents(Set<Channel> consents) { this.consents = consents == null ? new LinkedHashSet<>() : consents; }

    static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
