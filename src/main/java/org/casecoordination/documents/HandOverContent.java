package org.casecoordination.documents;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.arrangement.ServicePlan;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseFlag;
import org.casecoordination.casefile.CaseFlags;
import org.casecoordination.casefile.CaseNote;
import org.casecoordination.casefile.StageRecord;
import org.casecoordination.casefile.Urgency;
import org.casecoordination.client.Client;
import org.casecoordination.processes.ActivityNames;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills the hand-over summary ({@link MergeFields#HAND_OVER_SUMMARY}) for the colleague who takes a case over: what
 * is open and when it is due, what could go wrong, when the client was last reached, which services run and whom
 * to call. Substance-use information (42 CFR Part 2) is never named, only pointed to ({@link Part2Information}).
 */
@Component
class HandOverContent {

    /** The steps that record a contact with the client, with the form field that says when. */
    private static final Set<String> CONTACT_FORMS = Set.of("intake", "follow-up");
    private static final Set<ProviderReferralStatus> ENDED = Set.of(ProviderReferralStatus.REJECTED,
            ProviderReferralStatus.CANCELLED, ProviderReferralStatus.COMPLETED);

    private final ServicePlan servicePlan;
    private final CaseFlags flags;
    private final ActivityNames activityNames;
    private final People people;
    private final Dates dates;
    private final MessageSource messages;
    private final DocumentProperties properties;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    HandOverContent(ServicePlan servicePlan, CaseFlags flags, ActivityNames activityNames, People people, Dates dates,
            MessageSource messages, DocumentProperties properties, CurrentUser currentUser, ObjectMapper json) {
        this.servicePlan = servicePlan;
        this.flags = flags;
        this.activityNames = activityNames;
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
        List<Map<String, Object>> tasks = tasks(caseFile.openTasks(), language);
        MergeModel model = new MergeModel(DocumentKind.HAND_OVER_SUMMARY)
                .put("today", dates.day(LocalDate.now(), language))
                .put("preparedBy", people.fullName(currentUser.id()))
                .put("client.name", client.getFirstName() + " " + client.getLastName())
                .put("client.dateOfBirth", dates.day(client.getDateOfBirth(), language))
                .put("client.phone", client.getPhone())
                .put("client.address", client.getAddress())
                .put("client.language", client.getPreferredLanguage() == null ? ""
                        : Locale.forLanguageTag(client.getPreferredLanguage()).getDisplayLanguage(language))
                .put("case.number", careCase.getCaseNumber())
                .put("case.stage", words.label("caseStage", careCase.getStage()))
                .put("case.acuity", careCase.getAcuity() == null ? words.text("documents.merge.notSet")
                        : words.label("acuity", careCase.getAcuity()))
                .put("coordinator.name", careCase.getOwner() == null ? words.text("handOverSummary.nobody")
                        : people.fullName(careCase.getOwner()))
                .put("coordinator.team", people.teamName(careCase.getTeam()))
                .put("contact.name", people.teamName(careCase.getTeam()))
                .put("contact.phone", properties.phone())
                .put("contact.hours", words.text("documents.merge.contactHours"))
                .put("hasOverdue", tasks.stream().anyMatch(task -> Boolean.TRUE.equals(task.get("overdue"))));
        lastNote(model, caseFile.notes(), language);
        lastContact(model, caseFile.records(), words);
        model.list("tasks", tasks);
        model.list("risks", risks(careCase, words));
        model.list("services", services(careCase, words));
        model.list("contacts", contacts(client, words));
        return model;
    }

    /** Soonest due first; a task without a due date last. */
    private List<Map<String, Object>> tasks(List<Task> open, Locale language) {
        Instant now = Instant.now();
        return open.stream()
                .sorted((a, b) -> a.getDueDate() == null ? (b.getDueDate() == null ? 0 : 1)
                        : b.getDueDate() == null ? -1 : a.getDueDate().compareTo(b.getDueDate()))
                .map(task -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", Objects.toString(activityNames.of(task), ""));
                    row.put("due", task.getDueDate() == null ? messages.getMessage("handOverSummary.noDueDate", null,
                            language) : dates.dateTime(task.getDueDate().toInstant(), language));
                    row.put("overdue", task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now));
                    row.put("assignee", task.getAssignee() == null
                            ? messages.getMessage("handOverSummary.teamQueue", null, language)
                            : people.fullName(task.getAssignee()));
                    return row;
                }).toList();
    }

    /** Acuity, urgency, open safety and crisis flags; Part 2 information only as a pointer to the record. */
    private List<Map<String, Object>> risks(CareCase careCase, DocumentWords words) {
        List<String> risks = new ArrayList<>();
        if (careCase.getAcuity() != null) {
            risks.add(words.text("handOverSummary.risk.acuity", words.label("acuity", careCase.getAcuity())));
        }
        if (careCase.getUrgency() == Urgency.URGENT) {
            risks.add(words.text("handOverSummary.risk.urgent"));
        }
        boolean restricted = Part2Information.concernOf(careCase);
        for (CaseFlag flag : flags.open(careCase)) {
            String since = dates.dateTime(flag.getRaisedAt(), words.language());
            if (flag.getKind() == CaseFlag.Kind.CRISIS) {
                risks.add(words.text("handOverSummary.risk.crisis", since));
            } else if (Part2Information.inReason(flag.getReason())) {
                risks.add(words.text("handOverSummary.risk.safetyRestricted", since));
                restricted = true;
            } else {
                risks.add(words.text("handOverSummary.risk.safety", since, java.util.Arrays.stream(
                        flag.getReason().split(",\\s*")).map(code -> words.label("instrument", code))
                        .collect(Collectors.joining(", "))));
            }
        }
        restricted |= servicePlan.of(careCase).stream()
                .anyMatch(row -> Part2Information.service(row.referral().getServiceType()));
        if (restricted) {
            risks.add(words.text("handOverSummary.risk.restricted"));
        }
        return risks.stream().map(text -> Map.<String, Object>of("text", text)).toList();
    }

    private void lastNote(MergeModel model, List<CaseNote> notes, Locale language) {
        CaseNote last = notes.stream().max(java.util.Comparator.comparing(CaseNote::getCreatedAt)).orElse(null);
        model.put("hasLastNote", last != null);
        if (last != null) {
            model.put("lastNote.date", dates.dateTime(last.getCreatedAt(), language))
                    .put("lastNote.author", people.fullName(last.getAuthor()))
                    .put("lastNote.text", last.getText());
        }
    }

    /** The newest intake or follow-up contact, on the day its form says (else the day it was recorded). */
    private void lastContact(MergeModel model, List<StageRecord> records, DocumentWords words) {
        StageRecord last = null;
        for (StageRecord record : records) { // oldest first
            if (CONTACT_FORMS.contains(record.getFormId())) {
                last = record;
            }
        }
        model.put("hasLastContact", last != null);
        if (last != null) {
            Object day = contactDate(last);
            model.put("lastContact.date", day != null ? dates.day(day, words.language())
                            : dates.day(last.getCompletedAt(), words.language()))
                    .put("lastContact.by", people.fullName(last.getCompletedBy()))
                    .put("lastContact.stage", words.label("caseStage", last.getStage()));
        }
    }

    private Object contactDate(StageRecord record) {
        try {
            Object value = json.readValue(record.getContent(), new TypeReference<Map<String, Object>>() { })
                    .get("contactDate");
            return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
        } catch (IOException | RuntimeException e) {
            return null; // an unreadable date falls back to the day the step was recorded
        }
    }

    /** The services arranged and not ended; a substance-use program without its name or provider. */
    private List<Map<String, Object>> services(CareCase careCase, DocumentWords words) {
        return servicePlan.of(careCase).stream()
                .filter(row -> !ENDED.contains(row.referral().getStatus()))
                .map(row -> {
                    ProviderReferral referral = row.referral();
                    boolean restricted = Part2Information.service(referral.getServiceType());
                    Map<String, Object> service = new LinkedHashMap<>();
                    service.put("service", restricted ? words.text("handOverSummary.restrictedService")
                            : words.label("serviceType", referral.getServiceType().name()));
                    service.put("provider", restricted ? "" : row.providerName());
                    service.put("providerPhone", restricted ? ""
                            : Objects.toString(referral.getProvider().getPhone(), ""));
                    service.put("status", words.label("providerReferralStatus", referral.getStatus().name()));
                    return service;
                }).toList();
    }

    /** The client and their caregiver; the team's line is in the template with the coordinator. */
    private static List<Map<String, Object>> contacts(Client client, DocumentWords words) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        contacts.add(Map.of("who", client.getFirstName() + " " + client.getLastName(),
                "role", words.text("handOverSummary.role.client"), "phone", Objects.toString(client.getPhone(), "")));
        String caregiver = client.getCaregiverContact();
        if (caregiver != null && !caregiver.isBlank()) {
            contacts.add(Map.of("who", caregiver.strip(), "role", words.text("handOverSummary.role.caregiver"),
                    "phone", ""));
        }
        return contacts;
    }
}
