package org.casecoordination.documents;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ServicePlan;
import org.casecoordination.assessment.AssessmentService;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.StageRecord;
import org.casecoordination.client.Client;
import org.casecoordination.consent.ConsentService;
import org.casecoordination.consent.ConsentSummary;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills the client's record ({@link MergeFields#CLIENT_RECORD}) for a request of access, in the client's language:
 * the case and its steps, every assessment in words, needs and goals as typed, every referral and its status, the
 * client's consents and the case notes. Left out, as docs/user-guide.md explains: the agency's own work on the case
 * (open tasks, escalations, the audit log), what crisis and safety reports say about the people who made them, and
 * form answers no step shows the client. Reads each kind of row once, so a long case stays quick.
 */
@Component
class ClientRecordContent {

    private final ServicePlan servicePlan;
    private final AssessmentService assessments;
    private final ConsentService consents;
    private final People people;
    private final Dates dates;
    private final MessageSource messages;
    private final DocumentProperties properties;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    ClientRecordContent(ServicePlan servicePlan, AssessmentService assessments, ConsentService consents,
            People people, Dates dates, MessageSource messages, DocumentProperties properties,
            CurrentUser currentUser, ObjectMapper json) {
        this.servicePlan = servicePlan;
        this.assessments = assessments;
        this.consents = consents;
        this.people = people;
        this.dates = dates;
        this.messages = messages;
        this.properties = properties;
        this.currentUser = currentUser;
        this.json = json;
    }

    MergeModel of(CaseFile caseFile, Locale language) {
        CareCase careCase = caseFile.careCase();
        Client client = caseFile.client();
        DocumentWords words = new DocumentWords(messages, language);
        MergeModel model = new MergeModel(DocumentKind.CLIENT_RECORD)
                .put("today", dates.day(LocalDate.now(), language))
                .put("preparedBy", people.fullName(currentUser.id()))
                .put("client.name", client.getFirstName() + " " + client.getLastName())
                .put("client.dateOfBirth", dates.day(client.getDateOfBirth(), language))
                .put("client.phone", client.getPhone())
                .put("client.address", client.getAddress())
                .put("client.language", client.getPreferredLanguage() == null ? ""
                        : Locale.forLanguageTag(client.getPreferredLanguage()).getDisplayLanguage(language))
                .put("case.number", careCase.getCaseNumber())
                .put("case.opened", dates.day(careCase.getOpenedAt(), language))
                .put("case.stage", words.label("caseStage", careCase.getStage()))
                .put("closed", careCase.getClosedAt() != null)
                .put("case.closed", dates.day(careCase.getClosedAt(), language))
                .put("case.closureReason", words.label("closureReason", careCase.getClosureReason()))
                .put("coordinator.name", people.fullName(careCase.getOwner() != null ? careCase.getOwner()
                        : currentUser.id()))
                .put("coordinator.team", people.teamName(careCase.getTeam()))
                .put("contact.name", people.teamName(careCase.getTeam()))
                .put("contact.phone", properties.phone())
                .put("contact.hours", words.text("documents.merge.contactHours"));
        model.list("stages", stages(caseFile.records(), words));
        model.list("needs", lines(latest(caseFile.records(), "intake", "presentingNeeds")));
        model.list("goals", lines(latest(caseFile.records(), "plan-services", "planGoals")));
        model.list("assessments", assessments(careCase, words));
        model.list("referrals", referrals(careCase, words));
        model.list("consents", consents(careCase, words));
        model.list("notes", caseFile.notes().stream()
                .sorted(Comparator.comparing(org.casecoordination.casefile.CaseNote::getCreatedAt))
                .map(note -> Map.<String, Object>of("date", dates.dateTime(note.getCreatedAt(), language),
                        "author", people.fullName(note.getAuthor()), "text", note.getText()))
                .toList());
        return model;
    }

    /** Each stage the case went through, from the first step recorded in it: when, and by whom. */
    private List<Map<String, Object>> stages(List<StageRecord> records, DocumentWords words) {
        Map<String, String> names = people.fullNames(records.stream().map(StageRecord::getCompletedBy)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        List<Map<String, Object>> rows = new ArrayList<>();
        Object previous = null;
        for (StageRecord record : records) { // oldest first
            if (record.getStage() != null && !record.getStage().equals(previous)) {
                rows.add(Map.of("stage", words.label("caseStage", record.getStage()),
                        "date", dates.day(record.getCompletedAt(), words.language()),
                        "by", java.util.Objects.toString(names.get(record.getCompletedBy()), "")));
            }
            previous = record.getStage();
        }
        return rows;
    }

    /** Every result, newest first: the record is the whole history, not the latest of each. */
    private List<Map<String, Object>> assessments(CareCase careCase, DocumentWords words) {
        return assessments.historyOf(careCase).stream().map(result -> result.toInstrumentResult())
                .map(result -> Map.<String, Object>of(
                        "instrument", words.label("instrument", result.instrument()),
                        "result", words.result(result),
                        "date", dates.day(result.administeredAt(), words.language())))
                .toList();
    }

    /** Every referral made for the client, also those declined or cancelled, with where it stands. */
    private List<Map<String, Object>> referrals(CareCase careCase, DocumentWords words) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ServicePlan.Row row : servicePlan.of(careCase)) {
            rows.add(referral(row.referral(), row.providerName(), words));
            if (row.transport() != null) {
                rows.add(referral(row.transport(), row.transport().getProvider().getName(), words));
            }
        }
        return rows;
    }

    private Map<String, Object> referral(ProviderReferral referral, String provider, DocumentWords words) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("service", words.label("serviceType", referral.getServiceType().name()));
        row.put("provider", provider);
        row.put("status", words.label("providerReferralStatus", referral.getStatus().name()));
        row.put("start", referral.getStartDate() == null ? words.text("documents.merge.notSet")
                : dates.day(referral.getStartDate(), words.language()));
        row.put("schedule", referral.getSchedule() == null || referral.getSchedule().isBlank()
                ? words.text("documents.merge.notSet") : referral.getSchedule());
        return row;
    }

    private List<Map<String, Object>> consents(CareCase careCase, DocumentWords words) {
        return consents.listFor(careCase).stream().map((ConsentSummary consent) -> Map.<String, Object>of(
                "purpose", words.label("consentPurpose", consent.purpose()),
                "recipient", consent.recipient() == null ? words.text("consents.record.anyProvider")
                        : consent.recipient(),
                "givenOn", dates.day(consent.givenOn(), words.language()),
                "validUntil", consent.validUntil() == null ? ""
                        : dates.day(consent.validUntil(), words.language()),
                "state", words.label("consentState", consent.state()))).toList();
    }

    /** A value the latest completion of a form recorded, as typed; empty when none did. */
    private String latest(List<StageRecord> records, String formId, String key) {
        for (int i = records.size() - 1; i >= 0; i--) {
            if (formId.equals(records.get(i).getFormId())) {
                try {
                    Object value = json.readValue(records.get(i).getContent(),
                            new TypeReference<Map<String, Object>>() { }).get(key);
                    return value == null ? "" : value.toString().strip();
                } catch (IOException e) {
                    return "";
                }
            }
        }
        return "";
    }

    private static List<Map<String, Object>> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> Map.<String, Object>of("text", line)).toList();
    }
}
