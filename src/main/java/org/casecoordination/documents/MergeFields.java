package org.casecoordination.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed set of merge fields a document template may name, per kind of document, and nothing else: every value
 * is a ready string in the document's language (labels, never codes; days formatted), or a list of such rows.
 * docs/analysts.md lists them ("Document templates"); {@link TemplateRules} refuses a template that names anything
 * outside its own kind's fields (a referral letter cannot print the assessments). Change the two together.
 */
public final class MergeFields {

    /** The client's documents' (care-plan summary, closure letter) single values: {@code {{client.name}}}. */
    public static final Set<String> VALUES = Set.of(
            "today",
            "client.name", "client.firstName", "client.dateOfBirth", "client.address", "client.phone",
            "client.language",
            "case.number", "case.opened", "case.closed", "case.closureReason", "case.closureSummary",
            "coordinator.name", "coordinator.team",
            "contact.name", "contact.phone", "contact.hours",
            "languageNote");

    /** Lists, repeated with {@code {{#services}}...{{/services}}}; their rows' fields, named inside the section. */
    public static final Map<String, Set<String>> LISTS = lists();

    /** Yes/no values for a section shown or left out: {@code {{#closed}}...{{/closed}}}. */
    public static final Set<String> FLAGS = Set.of("closed", "hasTransport", "fellBackToEnglish");

    /** Who made it and whom the provider calls: the same in both provider documents. */
    private static final Set<String> AGENCY = Set.of("today", "case.number", "coordinator.name", "coordinator.team",
            "contact.name", "contact.phone", "contact.hours");

    /**
     * The referral letter: the minimum a provider needs to start the service. No needs, diagnosis, assessments or
     * notes; the 42 CFR Part 2 redisclosure notice only when the referral relies on that consent.
     */
    public static final Fields REFERRAL_LETTER = new Fields(with(AGENCY, "client.name", "client.dateOfBirth",
            "client.phone", "client.address", "client.language", "service.name", "service.provider",
            "service.start", "service.schedule", "part2.notice"),
            Set.of("hasStart", "hasSchedule", "hasRedisclosureNotice"), Map.of());

    /** The transport request: where and when to pick the client up, how they move, where to; nothing else. */
    public static final Fields TRANSPORT_REQUEST = new Fields(with(AGENCY, "client.name", "client.phone",
            "ride.provider", "ride.pickupAddress", "ride.pickupTime", "ride.returnTime", "ride.mobilityNeeds",
            "ride.service", "ride.destination"), Set.of("hasReturnTime"), Map.of());

    /**
     * The consent forms (consent to share, Part 2 consent): who discloses (the agency), to whom, what, why, until
     * when, and, once signed, the signature (an image, or the name the signer typed), the signer, the witness and
     * the moment. Filled by {@link ConsentFormContent}; the right to revoke and how are the template's own words.
     */
    public static final Fields CONSENT_FORM = new Fields(Set.of("today", "agency.name", "agency.phone",
            "client.name", "client.dateOfBirth", "case.number", "consent.recipient", "consent.information",
            "consent.purpose", "consent.expiry", "signature.image", "signature.typedName", "signer.name",
            "signature.at", "witness.name"),
            Set.of("signed", "hasSignatureImage", "anyProvider", "hasExpiryDate"), Map.of());

    /**
     * The hand-over summary, for the colleague who takes the work over: open tasks with due dates, risks (42 CFR
     * Part 2 information only as a pointer to the record), the last contact, services and whom to call.
     */
    public static final Fields HAND_OVER_SUMMARY = new Fields(with(AGENCY, "client.name", "client.dateOfBirth",
            "client.phone", "client.address", "client.language", "case.stage", "case.acuity", "preparedBy",
            "lastNote.date", "lastNote.author", "lastNote.text", "lastContact.date", "lastContact.by",
            "lastContact.stage"),
            Set.of("hasLastNote", "hasLastContact", "hasOverdue"), Map.of(
                    "tasks", Set.of("name", "due", "overdue", "assignee"),
                    "risks", Set.of("text"),
                    "services", Set.of("service", "provider", "providerPhone", "status"),
                    "contacts", Set.of("who", "role", "phone")));

    /**
     * The client's record for a request of access: everything the client may see of the case (docs/user-guide.md
     * says what is left out and why); nothing about the agency's own work on it (audit, tasks, escalations).
     */
    public static final Fields CLIENT_RECORD = new Fields(with(AGENCY, "client.name", "client.dateOfBirth",
            "client.phone", "client.address", "client.language", "case.opened", "case.stage", "case.closed",
            "case.closureReason", "preparedBy"),
            Set.of("closed"), Map.of(
                    "stages", Set.of("stage", "date", "by"),
                    "needs", Set.of("text"),
                    "assessments", Set.of("instrument", "result", "date"),
                    "goals", Set.of("text"),
                    "referrals", Set.of("service", "provider", "status", "start", "schedule"),
                    "consents", Set.of("purpose", "recipient", "givenOn", "validUntil", "state"),
                    "notes", Set.of("date", "author", "text")));

    /** The client's documents' fields. */
    public static final Fields CASE = new Fields(VALUES, FLAGS, LISTS);

    /** The fields one kind of document may name. */
    public record Fields(Set<String> values, Set<String> flags, Map<String, Set<String>> lists) {

        /** Every name, dotted, for the fields list and for sample data in tests. */
        List<String> all() {
            var names = new ArrayList<String>(values);
            names.addAll(flags);
            lists.forEach((list, fields) -> fields.forEach(field -> names.add(list + "." + field)));
            return names.stream().sorted().toList();
        }
    }

    public static Fields of(DocumentKind kind) {
        return switch (kind) {
            case CARE_PLAN_SUMMARY, CLOSURE_LETTER -> CASE;
            case REFERRAL_LETTER -> REFERRAL_LETTER;
            case TRANSPORT_REQUEST -> TRANSPORT_REQUEST;
            case CONSENT_TO_SHARE, PART2_CONSENT -> CONSENT_FORM;
            case HAND_OVER_SUMMARY -> HAND_OVER_SUMMARY;
            case CLIENT_RECORD -> CLIENT_RECORD;
        };
    }

    private static Map<String, Set<String>> lists() {
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        lists.put("needs", Set.of("text"));
        lists.put("assessments", Set.of("instrument", "result", "date"));
        lists.put("goals", Set.of("text"));
        lists.put("services", Set.of("service", "provider", "providerPhone", "status", "start", "schedule",
                "transport", "hasTransport"));
        return Map.copyOf(lists);
    }

    private static Set<String> with(Set<String> common, String... more) {
        var names = new java.util.HashSet<>(common);
        names.addAll(List.of(more));
        return Set.copyOf(names);
    }

    private MergeFields() {
    }
}
