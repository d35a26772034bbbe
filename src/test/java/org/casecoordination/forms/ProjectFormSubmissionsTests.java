package org.casecoordination.forms;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A realistic valid and invalid post for each real form, through the same path as the app: request
 * parameters, {@link FormValues}, {@link FormValidator}. A failure here means a form and its data contract
 * drifted apart.
 */
class ProjectFormSubmissionsTests {

    @Test
    void intake() {
        Map<String, String[]> valid = post("contactDate", "2025-03-03", "contactMethod", "PHONE",
                "livingSituation", "ALONE", "caregiverName", "Maria Lopez", "caregiverPhone", "+1 (555) 123-4567",
                "presentingNeeds", "Needs rides to dialysis three times a week.", "consentToShare", "true",
                "eligible", "true");
        assertThat(errors("intake", valid)).isEmpty();
        // The closure reason is hidden, so neither validated nor kept, while the client is eligible.
        assertThat(errors("intake", with(valid, "closureReason", "MOVED_AWAY"))).isEmpty();
        Map<String, String[]> ineligible = with(valid, "closureReason", "MOVED_AWAY");
        ineligible.remove("eligible");
        assertThat(errors("intake", ineligible))
                .containsExactly(Map.entry("closureReason", "Choose one of the listed options."));

        Map<String, String[]> invalid = post("contactDate", "03/03/2025", "contactMethod", "FAX",
                "livingSituation", "ALONE", "caregiverPhone", "call me", "presentingNeeds", "Rides");
        assertThat(errors("intake", invalid)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "contactDate", "Enter a date as YYYY-MM-DD.",
                "contactMethod", "Choose one of the listed options.",
                "caregiverPhone", "Does not match the expected format.",
                "presentingNeeds", "Must be at least 10 characters."));
    }

    @Test
    void assessment() {
        Map<String, String[]> valid = post("assessmentDate", "2025-03-10", "assessmentSetting", "HOME",
                "healthConditions", "Type 2 diabetes, on metformin.", "dailyLivingSupport", "SOME_HELP",
                "riskFactors", "FALL_RISK", "riskFactors", "SOCIAL_ISOLATION", "hospitalizationsLastYear", "2",
                "strengths", "", "assessmentSummary", "Lives alone; needs help with meals and transport.");
        assertThat(errors("assessment", valid)).isEmpty();

        Map<String, String[]> invalid = post("assessmentDate", "2025-03-10", "assessmentSetting", "HOME",
                "healthConditions", "Diabetes.", "riskFactors", "FLYING", "hospitalizationsLastYear", "1.5",
                "assessmentSummary", "Too short.");
        assertThat(errors("assessment", invalid)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "healthConditions", "Must be at least 10 characters.",
                "dailyLivingSupport", "Required.",
                "riskFactors", "Choose only from the listed options.",
                "hospitalizationsLastYear", "Must be a whole number.",
                "assessmentSummary", "Must be at least 20 characters."));
        assertThat(errors("assessment", with(valid, "hospitalizationsLastYear", "51")))
                .containsExactly(Map.entry("hospitalizationsLastYear", "Must be 50 or less."));
    }

    @Test
    void planServices() {
        Map<String, String[]> valid = post("servicesNeeded", "TRANSPORTATION", "servicesNeeded", "HOME_CARE",
                "planGoals", "Attend every dialysis appointment.", "followUpInterval", "P30D");
        assertThat(errors("plan-services", valid)).isEmpty();

        Map<String, String[]> invalid = post("planGoals", "   ", "followUpInterval", "P1D");
        assertThat(errors("plan-services", invalid)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "servicesNeeded", "Required.",
                "planGoals", "Required.",
                "followUpInterval", "Choose one of the listed options."));
    }

    @Test
    void selectProvider() {
        assertThat(errors("select-provider", post("providerId", "12", "selectionNotes", "Speaks Polish."))).isEmpty();
        assertThat(errors("select-provider", post("selectionNotes", "x"))).containsOnlyKeys("providerId");
        // the providers are the task's options (providerOptions): the form takes the value, the task's rules
        // (arrangement.SelectProviderRules) refuse one that is no provider of the directory
        assertThat(errors("select-provider", post("providerId", "0"))).isEmpty();
    }

    @Test
    void approvePlacement() {
        assertThat(errors("approve-placement", post("placementDecision", "APPROVED"))).isEmpty();
        assertThat(errors("approve-placement", post("placementDecision", "MAYBE")))
                .containsOnlyKeys("placementDecision");
    }

    @Test
    void confirmWithClient() {
        assertThat(errors("confirm-with-client", post("startDate", "2025-04-01", "schedule", "Mon, Wed 7:00")))
                .isEmpty();
        assertThat(errors("confirm-with-client", post("startDate", "next week"))).containsOnlyKeys("startDate",
                "schedule");
    }

    @Test
    void chaseReferral() {
        assertThat(errors("chase-referral", post("chaseNotes", "Called, left a message."))).isEmpty();
        assertThat(errors("chase-referral", post())).containsOnlyKeys("chaseNotes");
    }

    @Test
    void followUp() {
        Map<String, String[]> valid = post("contactDate", "2025-05-02", "contactMethod", "HOME_VISIT",
                "servicesOnTrack", "PARTLY", "clientSituation", "Transport works; meals arrive late.",
                "followUpOutcome", "STABLE");
        assertThat(errors("follow-up", valid)).isEmpty();

        Map<String, String[]> invalid = post("contactDate", "2025-05-02", "contactMethod", "HOME_VISIT",
                "servicesOnTrack", "MAYBE", "clientSituation", "Fine.");
        assertThat(errors("follow-up", invalid)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "servicesOnTrack", "Choose one of the listed options.",
                "clientSituation", "Must be at least 10 characters.",
                "followUpOutcome", "Required."));
    }

    @Test
    void closeCase() {
        Map<String, String[]> valid = post("closureReason", "GOALS_MET", "closureDate", "2025-06-30",
                "closureSummary", "All services in place; client is stable.", "clientInformed", "true");
        assertThat(errors("close-case", valid)).isEmpty();

        Map<String, String[]> invalid = post("closureDate", "2025-13-01", "closureSummary", "Done.");
        assertThat(errors("close-case", invalid)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "closureReason", "Required.",
                "closureDate", "Enter a date as YYYY-MM-DD.",
                "closureSummary", "Must be at least 10 characters."));
    }

    private static Map<String, String> errors(String formId, Map<String, String[]> params) {
        FormDefinition form = ProjectFormsTests.load(ProjectFormsTests.FORMS.resolve(Path.of(formId + ".form")));
        Map<String, Object> values = FormValues.fromRequestParameters(form, params);
        return FieldError.byField(new FormValidator().validate(form, values));
    }

    /** Request parameters from name/value pairs; a repeated name gives several values, as a checklist posts. */
    private static Map<String, String[]> post(String... namesAndValues) {
        Map<String, String[]> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.merge(namesAndValues[i], new String[] {namesAndValues[i + 1]}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return params;
    }

    private static Map<String, String[]> with(Map<String, String[]> params, String name, String value) {
        Map<String, String[]> changed = new HashMap<>(params);
        changed.put(name, new String[] {value});
        return changed;
    }
}
