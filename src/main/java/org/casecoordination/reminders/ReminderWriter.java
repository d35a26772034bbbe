package org.casecoordination.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casecoordination.appointments.Appointment;
import org.casecoordination.appointments.Appointments;
import org.casecoordination.arrangement.Provider;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.contacts.Channel;
import org.casecoordination.contacts.ClientContacts;
import org.casecoordination.contacts.Reachable;
import org.casecoordination.messaging.EmailMessageRequest;
import org.casecoordination.messaging.MessagePurpose;
import org.casecoordination.messaging.TextMessageRequest;
import org.casecoordination.messaging.TextMessages;
import org.casecoordination.system.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one reminder to the case's delivery log, a message per recipient and channel, as it stands when the
 * reminder is due: the client and each contact the client consents to reaching on that channel, each in their
 * language; nothing when the appointment or service no longer stands, is already past, or the case is closed.
 */
@Service
class ReminderWriter {

    /** Services whose provider's name alone would say why the client goes there. */
    private static final List<ServiceType> TELLING = List.of(ServiceType.MENTAL_HEALTH_CLINIC,
            ServiceType.SUBSTANCE_USE_PROGRAM);
    private static final String ENGLISH = "en";

    private final CaseRepository cases;
    private final Appointments appointments;
    private final ProviderReferrals referrals;
    private final ProviderDirectory providers;
    private final ClientContacts contacts;
    private final TextMessages messages;
    private final ReminderTexts texts;
    private final Languages languages;

    ReminderWriter(CaseRepository cases, Appointments appointments, ProviderReferrals referrals,
            ProviderDirectory providers, ClientContacts contacts, TextMessages messages, ReminderTexts texts,
            Languages languages) {
        this.cases = cases;
        this.appointments = appointments;
        this.referrals = referrals;
        this.providers = providers;
        this.contacts = contacts;
        this.messages = messages;
        this.texts = texts;
        this.languages = languages;
    }

    /** The ids of the messages written, none when there is nothing to remind of any more. */
    @Transactional
    public List<Long> write(String caseNumber, MessagePurpose purpose, long subjectId, Instant now) {
        Optional<CareCase> careCase = cases.findByCaseNumber(caseNumber).filter(c -> !c.isClosed());
        Optional<ReminderTexts.About> about = careCase.flatMap(c -> about(c, purpose, subjectId, now));
        if (about.isEmpty()) {
            return List.of();
        }
        List<Long> written = new ArrayList<>();
        String clientLanguage = careCase.get().getClient().getPreferredLanguage();
        for (Reachable to : contacts.reachableBy(careCase.get(), Channel.SMS)) {
            String language = languageOf(to, clientLanguage);
            written.add(messages.record(new TextMessageRequest(caseNumber, to.address(), to.contactId(),
                    texts.sms(about.get(), Locale.forLanguageTag(language)), language, purpose, false)));
        }
        for (Reachable to : contacts.reachableBy(careCase.get(), Channel.EMAIL)) {
            String language = languageOf(to, clientLanguage);
            ReminderTexts.Email email = texts.email(about.get(), Locale.forLanguageTag(language));
            written.add(messages.recordEmail(new EmailMessageRequest(caseNumber, to.address(), to.contactId(),
                    email.subject(), email.body(), language, purpose)));
        }
        return written;
    }

    private Optional<ReminderTexts.About> about(CareCase careCase, MessagePurpose purpose, long id, Instant now) {
        return switch (purpose) {
            case APPOINTMENT, TRANSPORT_PICKUP -> appointments.current(id)
                    .filter(a -> a.isScheduled() && a.getStartsAt().isAfter(now))
                    .map(a -> new ReminderTexts.About(purpose, a.getStartsAt(), where(a)));
            case SERVICE_START -> referralOf(careCase, id)
                    .filter(r -> r.getStatus() == ProviderReferralStatus.ACCEPTED && r.getStartDate() != null)
                    .filter(r -> startOf(r).isAfter(now))
                    .map(r -> new ReminderTexts.About(purpose, startOf(r), nameIfTellsNothing(r.getProvider())));
            case REFERRAL_ACCEPTED -> referralOf(careCase, id)
                    .filter(r -> r.getStatus() == ProviderReferralStatus.ACCEPTED)
                    .map(r -> new ReminderTexts.About(purpose, now, null));
            default -> Optional.empty();
        };
    }

    private Instant startOf(ProviderReferral referral) {
        return referral.getStartDate().atStartOfDay(texts.zone()).toInstant();
    }

    private Optional<ProviderReferral> referralOf(CareCase careCase, long id) {
        ProviderReferral referral = referrals.find(id);
        return referral.getCareCase().getId().equals(careCase.getId()) ? Optional.of(referral) : Optional.empty();
    }

    /** The place, after the provider's name when that says nothing about why the client goes there. */
    private String where(Appointment appointment) {
        Provider provider = appointment.getReferralId() != null
                ? referrals.find(appointment.getReferralId()).getProvider()
                : appointment.getProviderId() != null ? providers.find(appointment.getProviderId()) : null;
        String name = nameIfTellsNothing(provider);
        return name == null ? appointment.getPlace() : name + ", " + appointment.getPlace();
    }

    private static String nameIfTellsNothing(Provider provider) {
        if (provider == null || provider.getServiceTypes().stream().anyMatch(TELLING::contains)) {
            return null;
        }
        return provider.getName();
    }

    /** The recipient's language, else the client's, else English: among the languages reminders are written in. */
    private String languageOf(Reachable to, String clientLanguage) {
        return written(to.language()).or(() -> written(clientLanguage)).orElse(ENGLISH);
    }

    private Optional<String> written(String code) {
        return code == null ? Optional.empty() : languages.supported(code).map(Locale::getLanguage);
    }
}
