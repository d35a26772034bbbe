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
import java.util.Objects;
import java.util.stream.Collectors;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.arrangement.ServicePlan;
import org.casecoordination.assessment.AssessmentResults;
import org.casecoordination.assessment.InstrumentResult;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.StageRecord;
import org.casecoordination.client.Client;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.system.Dates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Fills the merge fields ({@link MergeFields}) from a case, every value already in the document's language: labels
 * from the bundles, days through {@link Dates}, people by full name. What the coordinator typed (needs, goals, a
 * closure summary) goes in as typed.
 */
@Component
class DocumentContent {

    private static final List<ProviderReferralStatus> NOT_IN_PLAN = List.of(ProviderReferralStatus.REJECTED,
            ProviderReferralStatus.CANCELLED);

    private final ServicePlan servicePlan;
    private final AssessmentResults assessments;
    private final People people;
    private final Dates dates;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final DocumentProperties properties;
    private final CurrentUser currentUser;

    DocumentContent(ServicePlan servicePlan, AssessmentResults assessments, People people, Dates dates,
            MessageSource messages, ObjectMapper json, DocumentProperties properties, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.servicePlan = servicePlan;
        this.assessments = assessments;
        this.people = people;
        this.dates = dates;
        this.messages = messages;
        this.json = json;
        this.properties = properties;
    }

    MergeModel of(CaseFile caseFile, Locale language) {
        CareCase careCase = caseFile.careCase();
        Client client = caseFile.client();
        DocumentWords words = new DocumentWords(messages, language);
        MergeModel model = new MergeModel(DocumentKind.CARE_PLAN_SUMMARY)
                .put("today", dates.day(LocalDate.now(), language))
                .put("client.name", client.getFirstName() + " " + client.getLastName())
                .put("client.firstName", client.getFirstName())
                .put("client.dateOfBirth", dates.day(client.getDateOfBirth(), language))
                .put("client.address", client.getAddress())
                .put("client.phone", client.getPhone())
                .put("client.language", client.getPreferredLanguage() == null ? ""
                        : Locale.forLanguageTag(client.getPreferredLanguage()).getDisplayLanguage(language))
                .put("case.number", careCase.getCaseNumber())
                .put("case.opened", dates.day(careCase.getOpenedAt(), language))
                .put("case.closed", dates.day(careCase.getClosedAt(), language))
                .put("closed", careCase.getClosedAt() != null)
                .put("case.closureReason", careCase.getClosureReason() == null ? ""
                        : words.label("closureReason", careCase.getClosureReason()))
                .put("case.closureSummary", latest(caseFile, "close-case", "closureSummary"))
                .put("coordinator.name", people.fullName(careCase.getOwner() != null ? careCase.getOwner()
                        : currentUser.id())) // nobody owns it yet: who makes the document signs it
                .put("coordinator.team", people.teamName(careCase.getTeam()))
                .put("contact.name", people.teamName(careCase.getTeam()))
                .put("contact.phone", properties.phone())
                .put("contact.hours", words.text("documents.merge.contactHours"));
        model.list("needs", needs(caseFile, words));
        model.list("goals", lines(latest(caseFile, "plan-services", "planGoals")));
        model.list("assessments", assessments(careCase, words, language));
        List<Map<String, Object>> services = services(careCase, words, language);
        model.list("services", services);
        model.put("hasTransport", services.stream().anyMatch(row -> Boolean.TRUE.equals(row.get("hasTransport"))));
        return model;
    }

    /** What the client said they need at intake, then the services the plan names. */
    private List<Map<String, Object>> needs(CaseFile caseFile, DocumentWords words) {
        List<Map<String, Object>> rows = new ArrayList<>(lines(latest(caseFile, "intake", "presentingNeeds")));
        Object needed = values(caseFile, "plan-services").get("servicesNeeded");
        if (needed instanceof List<?> codes && !codes.isEmpty()) {
            rows.add(Map.of("text", words.text("documents.merge.servicesNeeded", codes.stream()
                    .map(code -> words.label("serviceType", String.valueOf(code)))
                    .collect(Collectors.joining(", ")))));
        }
        return rows;
    }

    private List<Map<String, Object>> assessments(CareCase careCase, DocumentWords words, Locale language) {
        return assessments.latestByInstrument(careCase.getId()).values().stream()
                .sorted(Comparator.comparing(InstrumentResult::administeredAt).reversed())
                .map(result -> Map.<String, Object>of(
                        "instrument", words.label("instrument", result.instrument()),
                        "result", words.result(result),
                        "date", dates.day(result.administeredAt(), language)))
                .toList();
    }

    private List<Map<String, Object>> services(CareCase careCase, DocumentWords words, Locale language) {
        return servicePlan.of(careCase).stream()
                .filter(row -> !NOT_IN_PLAN.contains(row.referral().getStatus()))
                .map(row -> {
                    ProviderReferral referral = row.referral();
                    Map<String, Object> service = new LinkedHashMap<>();
                    service.put("service", words.label("serviceType", referral.getServiceType().name()));
                    service.put("provider", row.providerName());
                    service.put("providerPhone", Objects.toString(referral.getProvider().getPhone(), ""));
                    service.put("status", words.label("providerReferralStatus", referral.getStatus().name()));
                    service.put("start", referral.getStartDate() == null ? words.text("documents.merge.notSet")
                            : dates.day(referral.getStartDate(), language));
                    service.put("schedule", referral.getSchedule() == null || referral.getSchedule().isBlank()
                            ? words.text("documents.merge.notSet") : referral.getSchedule());
                    service.put("hasTransport", row.transport() != null);
                    service.put("transport", row.transport() == null ? "" : transport(row.transport(), words));
                    return service;
                }).toList();
    }

    private static String transport(ProviderReferral ride, DocumentWords words) {
        return words.text("documents.merge.transport", ride.getProvider().getName(),
                Objects.toString(ride.getPickupTime(), ""), Objects.toString(ride.getPickupAddress(), ""),
                ride.getMobilityNeeds() == null ? "" : words.label("mobilityNeeds", ride.getMobilityNeeds()));
    }

    /** A value the latest completion of a form recorded, as typed; empty when none did. */
    private String latest(CaseFile caseFile, String formId, String key) {
        Object value = values(caseFile, formId).get(key);
        return value == null ? "" : value.toString().strip();
    }

    private Map<String, Object> values(CaseFile caseFile, String formId) {
        List<StageRecord> records = caseFile.records(); // oldest first
        for (int i = records.size() - 1; i >= 0; i--) {
            if (formId.equals(records.get(i).getFormId())) {
                try {
                    return json.readValue(records.get(i).getContent(), new TypeReference<Map<String, Object>>() { });
                } catch (IOException e) {
                    return Map.of();
                }
            }
        }
        return Map.of();
    }

    /** Typed text, one row per paragraph. */
    private static List<Map<String, Object>> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty())
                .map(line -> Map.<String, Object>of("text", line)).toList();
    }
}
