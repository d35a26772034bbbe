package org.casecoordination.documents;

import java.time.LocalDate;
import java.util.Locale;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.client.Client;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills the provider documents' merge fields ({@link MergeFields#REFERRAL_LETTER}, {@link
 * MergeFields#TRANSPORT_REQUEST}) from one referral: only what the provider needs to do the work, never the client's
 * needs, assessments or notes (minimum necessary). The model refuses any other field, so nothing more can slip in.
 */
@Component
class ReferralDocumentContent {

    private final People people;
    private final Dates dates;
    private final MessageSource messages;
    private final DocumentProperties properties;
    private final CurrentUser currentUser;

    ReferralDocumentContent(People people, Dates dates, MessageSource messages, DocumentProperties properties,
            CurrentUser currentUser) {
        this.people = people;
        this.dates = dates;
        this.messages = messages;
        this.properties = properties;
        this.currentUser = currentUser;
    }

    /**
     * The letter for the provider of this referral; the 42 CFR Part 2 redisclosure notice stored with the referral
     * (there only when it relies on a consent to disclose substance-use information) goes at its end.
     */
    MergeModel referralLetter(CaseFile caseFile, ProviderReferral referral, Locale language) {
        Client client = caseFile.client();
        String notice = referral.getRedisclosureNotice() == null ? "" : referral.getRedisclosureNotice().strip();
        String schedule = referral.getSchedule() == null ? "" : referral.getSchedule().strip();
        return agency(caseFile, DocumentKind.REFERRAL_LETTER, language)
                .put("client.name", fullName(client))
                .put("client.dateOfBirth", dates.day(client.getDateOfBirth(), language))
                .put("client.phone", client.getPhone())
                .put("client.address", client.getAddress())
                .put("client.language", client.getPreferredLanguage() == null ? ""
                        : Locale.forLanguageTag(client.getPreferredLanguage()).getDisplayLanguage(language))
                .put("service.name", label("serviceType", referral.getServiceType().name(), language))
                .put("service.provider", referral.getProvider().getName())
                .put("hasStart", referral.getStartDate() != null)
                .put("service.start", dates.day(referral.getStartDate(), language))
                .put("hasSchedule", !schedule.isEmpty())
                .put("service.schedule", schedule)
                .put("hasRedisclosureNotice", !notice.isEmpty())
                .put("part2.notice", notice);
    }

    /** The request for a booked ride ({@code ride}) to the service it takes the client to ({@code served}). */
    MergeModel transportRequest(CaseFile caseFile, ProviderReferral ride, ProviderReferral served, Locale language) {
        Client client = caseFile.client();
        String returnTime = ride.getReturnTime() == null ? "" : ride.getReturnTime().strip();
        return agency(caseFile, DocumentKind.TRANSPORT_REQUEST, language)
                .put("client.name", fullName(client))
                .put("client.phone", client.getPhone())
                .put("ride.provider", ride.getProvider().getName())
                .put("ride.pickupAddress", ride.getPickupAddress())
                .put("ride.pickupTime", ride.getPickupTime())
                .put("hasReturnTime", !returnTime.isEmpty())
                .put("ride.returnTime", returnTime)
                .put("ride.mobilityNeeds", ride.getMobilityNeeds() == null
                        ? label("mobilityNeeds", "NONE", language) : label("mobilityNeeds", ride.getMobilityNeeds(),
                        language))
                .put("ride.service", label("serviceType", served.getServiceType().name(), language))
                .put("ride.destination", served.getProvider().getName());
    }

    /** Who writes, and whom the provider calls back. */
    private MergeModel agency(CaseFile caseFile, DocumentKind kind, Locale language) {
        CareCase careCase = caseFile.careCase();
        return new MergeModel(kind)
                .put("today", dates.day(LocalDate.now(), language))
                .put("case.number", careCase.getCaseNumber())
                .put("coordinator.name", people.fullName(careCase.getOwner() != null ? careCase.getOwner()
                        : currentUser.id())) // nobody owns it yet: who makes the document signs it
                .put("coordinator.team", people.teamName(careCase.getTeam()))
                .put("contact.name", people.teamName(careCase.getTeam()))
                .put("contact.phone", properties.phone())
                .put("contact.hours", messages.getMessage("documents.merge.contactHours", null, language));
    }

    private String label(String kind, String code, Locale language) {
        return messages.getMessage(kind + "." + code, null, "", language);
    }

    private static String fullName(Client client) {
        return client.getFirstName() + " " + client.getLastName();
    }
}
