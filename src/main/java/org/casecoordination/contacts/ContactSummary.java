package org.casecoordination.contacts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A contact as the panel and the JSON API show it; removed ones too, for the record. */
public record ContactSummary(Long id, Relationship relationship, String name,
        @Schema(description = "E.164") String phone,
        @Schema(description = "the phone as people of the configured region write it") String phoneForPeople,
        String email, @Schema(description = "ISO 639-1") String language, String note, boolean primaryCaregiver,
        @Schema(description = "the channels the client consents to, each with who recorded it and when")
        List<ConsentView> consents,
        String createdBy, Instant createdAt, String changedBy, Instant changedAt, String removedBy, Instant removedAt) {

    public record ConsentView(Channel channel, String recordedBy, Instant recordedAt) {
    }

    static ContactSummary of(ClientContact contact, PhoneNumbers phones) {
        List<ConsentView> consents = contact.getConsents().entrySet().stream()
                .map(e -> new ConsentView(e.getKey(), e.getValue().getRecordedBy(), e.getValue().getRecordedAt()))
                .toList();
        return new ContactSummary(contact.getId(), contact.getRelationship(), contact.getName(), contact.getPhone(),
                contact.getPhone() == null ? null : phones.forPeople(contact.getPhone()), contact.getEmail(),
                contact.getLanguage(), contact.getNote(), contact.isPrimaryCaregiver(), consents,
                contact.getCreatedBy(), contact.getCreatedAt(), contact.getChangedBy(), contact.getChangedAt(),
                contact.getRemovedBy(), contact.getRemovedAt());
    }

    public boolean removed() {
        return removedAt != null;
    }

    public boolean consentsTo(Channel channel) {
        return consents.stream().anyMatch(consent -> consent.channel() == channel);
    }
}
