package org.casecoordination.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.security.People;
import org.casecoordination.system.Words;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * The case's service plan as one CarePlan (id: the case number): its goals, one activity per provider referral
 * (referencing the referral's ServiceRequest), the concerns it addresses. Its status follows the case: draft until a
 * plan is recorded or a referral made, active while the case is open, completed when it closed with its goals met,
 * revoked when it closed for another reason. Last updated when the plan was recorded, a referral changed or the
 * case closed.
 */
@Component
class CarePlanResources {

    private final ServicePlanRecord plans;
    private final ConditionResources conditions;
    private final CaseReferrals referrals;
    private final People people;
    private final Words words;

    CarePlanResources(ServicePlanRecord plans, ConditionResources conditions,
            CaseReferrals referrals, People people, Words words) {
        this.plans = plans;
        this.conditions = conditions;
        this.referrals = referrals;
        this.people = people;
        this.words = words;
    }

    /** The case's care plan (always one), for a read, a search and the bulk export. */
    List<CarePlan> forCase(CareCase careCase) {
        return List.of(of(careCase));
    }

    CarePlan of(CareCase careCase) {
        Optional<ServicePlanRecord.Plan> plan = plans.of(careCase);
        List<ProviderReferral> activities = referrals.named(careCase);
        CarePlan carePlan = new CarePlan();
        carePlan.setId(careCase.getCaseNumber());
        Instant lastUpdated = CaseTimes.latest(careCase.getOpenedAt(), careCase.getClosedAt(),
                plan.map(ServicePlanRecord.Plan::recordedAt).orElse(null),
                activities.stream().map(ProviderReferral::getStatusChangedAt).filter(java.util.Objects::nonNull)
                        .max(Instant::compareTo).orElse(null));
        if (lastUpdated != null) {
            carePlan.getMeta().setLastUpdated(Date.from(lastUpdated));
        }
        carePlan.setStatus(status(careCase, plan.isPresent() || !activities.isEmpty()));
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        carePlan.setTitle("Service plan");
        carePlan.setSubject(new Reference("Patient/" + careCase.getClient().getId())
                .setDisplay(careCase.getClient().fullName()));
        Instant start = plan.map(ServicePlanRecord.Plan::recordedAt).orElse(careCase.getOpenedAt());
        if (start != null) {
            carePlan.getPeriod().setStart(Date.from(start));
        }
        if (careCase.getClosedAt() != null) {
            carePlan.getPeriod().setEnd(Date.from(careCase.getClosedAt()));
        }
        plan.ifPresent(p -> carePlan.setAuthor(new Reference().setDisplay(people.fullName(p.recordedBy()))));
        carePlan.addSupportingInfo(new Reference("EpisodeOfCare/" + careCase.getCaseNumber()));
        conditions.forCase(careCase).forEach(condition -> carePlan.addAddresses(
                new Reference("Condition/" + condition.getIdElement().getIdPart())
                        .setDisplay(condition.getCode().getText())));
        for (Goal goal : plan.map(p -> GoalResources.goals(careCase, p)).orElse(List.of())) {
            carePlan.addGoal(new Reference("Goal/" + goal.getIdElement().getIdPart())
                    .setDisplay(goal.getDescription().getText()));
        }
        for (ProviderReferral referral : activities) {
            carePlan.addActivity().setReference(new Reference("ServiceRequest/" + referral.getId())
                    .setDisplay(words.text(Locale.ENGLISH, Words.labelKey(referral.getServiceType())) + ": "
                            + referral.getProvider().getName()));
        }
        return carePlan;
    }

    /** The referrals the plan's activities name, for {@code _include=CarePlan:activity-reference}. */
    List<ProviderReferral> activities(CareCase careCase) {
        return referrals.named(careCase);
    }

    static CarePlanStatus status(CareCase careCase, boolean planned) {
        if (careCase.isClosed()) {
            return CaseTimes.closedEarly(careCase) ? CarePlanStatus.REVOKED : CarePlanStatus.COMPLETED;
        }
        return planned ? CarePlanStatus.ACTIVE : CarePlanStatus.DRAFT;
    }
}
