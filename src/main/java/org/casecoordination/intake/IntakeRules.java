package org.casecoordination.intake;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.contacts.ClientContacts;
import org.casecoordination.contacts.PhoneNumbers;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.forms.FieldError;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.tasklist.CompletionRules;
import org.casecoordination.tasklist.TaskCompletion;
import org.springframework.stereotype.Component;

/**
 * Intake decides whether the case goes on. A case that ends here needs a reason; a case that goes on gets its
 * owner: the coordinator who completed intake. What the client said at intake reaches the record: the consent to
 * share with providers (a consent record, as if entered on the case page) and the caregiver (the client's primary
 * caregiver contact; a phone that is no number is refused beside the field).
 */
@Component
class IntakeRules implements CompletionRules {

    static final Set<String> REASONS_TO_END_AT_INTAKE = Set.of("NOT_ELIGIBLE", "CLIENT_DECLINED", "UNABLE_TO_CONTACT");
    static final String CONSENT_TO_SHARE = "consentToShare";
    static final String CONTACT_DATE = "contactDate";
    static final String CAREGIVER_NAME = "caregiverName";
    static final String CAREGIVER_PHONE = "caregiverPhone";

    private final ConsentService consents;
    private final ErrorWords words;
    private final ClientContacts contacts;
    private final PhoneNumbers phones;

    IntakeRules(ConsentService consents, ErrorWords words, ClientContacts contacts, PhoneNumbers phones) {
        this.consents = consents;
        this.words = words;
        this.contacts = contacts;
        this.phones = phones;
    }

    @Override
    public String taskDefinitionKey() {
        return CaseLifecycleProcess.TASK_INTAKE;
    }

    @Override
    public List<FieldError> check(Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        String phone = text(values.get(CAREGIVER_PHONE));
        if (!phone.isEmpty() && phones.e164(phone).isEmpty()) {
            errors.add(new FieldError(CAREGIVER_PHONE, words.text("contacts.error.phone")));
        }
        if (Boolean.TRUE.equals(values.get(Variables.ELIGIBLE))) {
            return errors;
        }
        Object reason = values.get(Variables.CLOSURE_REASON);
        if (reason == null || !REASONS_TO_END_AT_INTAKE.contains(reason.toString())) {
            errors.add(new FieldError(Variables.CLOSURE_REASON, words.text("intake.error.closureReason")));
        }
        return errors;
    }

    @Override
    public void apply(TaskCompletion completion) {
        boolean eligible = Boolean.TRUE.equals(completion.value(Variables.ELIGIBLE));
        completion.setProcessVariable(Variables.ELIGIBLE, eligible);
        completion.setProcessVariable(Variables.OWNER, completion.completedBy());
        completion.careCase().setOwner(completion.completedBy());
        contacts.caregiverFromIntake(completion.careCase(), text(completion.value(CAREGIVER_NAME)),
                text(completion.value(CAREGIVER_PHONE)));
        if (Boolean.TRUE.equals(completion.value(CONSENT_TO_SHARE))) {
            consents.recordGivenAtIntake(completion.careCase(), consentDay(completion), completion.completedBy());
        }
        if (!eligible) {
            completion.careCase().setClosureReason(completion.value(Variables.CLOSURE_REASON).toString());
        } else {
            // a reason picked and then un-needed must not follow the case to closure
            completion.task().getExecution().removeVariable(Variables.CLOSURE_REASON);
        }
    }

    /** The day of the contact at which the client consented; today if the form's date is missing or ahead. */
    private static LocalDate consentDay(TaskCompletion completion) {
        LocalDate today = LocalDate.now();
        try {
            Object contact = completion.value(CONTACT_DATE);
            LocalDate day = contact == null ? today : LocalDate.parse(contact.toString());
            return day.isAfter(today) ? today : day;
        } catch (DateTimeParseException notADate) {
            return today;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
