package org.casecoordination.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid answers to each form in forms/, as a coordinator would give them. */
public final class FormAnswers {

    public static Map<String, Object> intakeEligible() {
        Map<String, Object> values = new HashMap<>();
        values.put("contactDate", "2026-11-02");
        values.put("contactMethod", "PHONE");
        values.put("livingSituation", "ALONE");
        values.put("presentingNeeds", "Needs help with meals and getting to the clinic.");
        values.put("consentToShare", true);
        values.put("eligible", true);
        return values;
    }

    /** Eligible, but the client does not (yet) consent to share with providers. */
    public static Map<String, Object> intakeEligibleWithoutConsent() {
        Map<String, Object> values = intakeEligible();
        values.put("consentToShare", false);
        return values;
    }

    public static Map<String, Object> intakeNotEligible(String reason) {
        Map<String, Object> values = intakeEligible();
        values.put("eligible", false);
        values.put("closureReason", reason);
        return values;
    }

    public static Map<String, Object> assessment() {
        return Map.of(
                "assessmentDate", "2026-11-05",
                "assessmentSetting", "HOME",
                "healthConditions", "Early-stage dementia, hypertension; takes four medicines.",
                "dailyLivingSupport", "SOME_HELP",
                "riskFactors", List.of("FALL_RISK", "SOCIAL_ISOLATION"),
                "hospitalizationsLastYear", 1,
                "assessmentSummary", "Lives alone, needs help with meals and transport to appointments.");
    }

    public static Map<String, Object> planServices(List<String> services) {
        return Map.of(
                "servicesNeeded", services,
                "planGoals", "Stay safely at home with support three times a week.",
                "followUpInterval", "P30D");
    }

    public static Map<String, Object> confirmWithClient() {
        return Map.of(
                "startDate", "2026-11-12",
                "schedule", "Mondays and Thursdays 9:00");
    }

    public static Map<String, Object> followUp(String outcome) {
        return Map.of(
                "contactDate", "2026-12-10",
                "contactMethod", "HOME_VISIT",
                "servicesOnTrack", "YES",
                "clientSituation", "Doing well with the home care visits.",
                "followUpOutcome", outcome);
    }

    public static Map<String, Object> closure(String reason) {
        return Map.of(
                "closureReason", reason,
                "closureDate", "2026-12-20",
                "closureSummary", "Goals of the service plan were met.",
                "clientInformed", true);
    }

    private FormAnswers() {
    }
}
