package org.casecoordination.fhir;

import java.util.Date;
import java.util.List;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferralStatus;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.security.People;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CareTeam.CareTeamStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * The people around a case as one CareTeam (id: the case number): the coordinator who owns it, the supervisors of
 * its team, the team itself, and the providers serving the client now (accepted or in progress). Staff are named by
 * display only (this server serves no Practitioner); providers reference their Organization. Active while the case
 * is open, inactive once closed. No meta.lastUpdated: who is on the team changes without a time being kept.
 */
@Component
class CareTeamResources {

    static final String ROLE_SYSTEM = FhirIds.BASE + "/CodeSystem/care-team-role";

    private final People people;
    private final SupervisorsOfTeam supervisors;
    private final CaseReferrals referrals;

    CareTeamResources(People people, SupervisorsOfTeam supervisors, CaseReferrals referrals) {
        this.people = people;
        this.supervisors = supervisors;
        this.referrals = referrals;
    }

    /** The case's care team (always one), for a read, a search and the bulk export. */
    List<CareTeam> forCase(CareCase careCase) {
        return List.of(of(careCase));
    }

    CareTeam of(CareCase careCase) {
        CareTeam team = new CareTeam();
        team.setId(careCase.getCaseNumber());
        team.setStatus(status(careCase));
        team.setName("Care team of " + careCase.getCaseNumber());
        team.setSubject(new Reference("Patient/" + careCase.getClient().getId())
                .setDisplay(careCase.getClient().fullName()));
        if (careCase.getOpenedAt() != null) {
            team.getPeriod().setStart(Date.from(careCase.getOpenedAt()));
        }
        if (careCase.getClosedAt() != null) {
            team.getPeriod().setEnd(Date.from(careCase.getClosedAt()));
        }
        String teamName = people.teamName(careCase.getTeam());
        if (careCase.getOwner() != null) {
            team.addParticipant().setRole(List.of(role("coordinator", "Case coordinator")))
                    .setMember(new Reference().setType("Practitioner").setDisplay(people.fullName(careCase.getOwner())));
        }
        for (String supervisor : supervisors.of(careCase.getTeam())) {
            team.addParticipant().setRole(List.of(role("supervisor", "Supervisor")))
                    .setMember(new Reference().setType("Practitioner").setDisplay(people.fullName(supervisor)));
        }
        team.addParticipant().setRole(List.of(role("team", "Coordination team")))
                .setMember(new Reference().setType("Organization").setDisplay(teamName));
        java.util.Set<Long> serving = new java.util.HashSet<>();
        for (ProviderReferral referral : referrals.named(careCase)) {
            if ((referral.getStatus() == ProviderReferralStatus.ACCEPTED
                    || referral.getStatus() == ProviderReferralStatus.IN_PROGRESS)
                    && serving.add(referral.getProvider().getId())) {
                team.addParticipant().setRole(List.of(role("provider", "Service provider")))
                        .setMember(new Reference("Organization/" + referral.getProvider().getId())
                                .setDisplay(referral.getProvider().getName()));
            }
        }
        team.addManagingOrganization(new Reference().setType("Organization").setDisplay(teamName));
        return team;
    }

    static CareTeamStatus status(CareCase careCase) {
        return careCase.isClosed() ? CareTeamStatus.INACTIVE : CareTeamStatus.ACTIVE;
    }

    private static CodeableConcept role(String code, String display) {
        return new CodeableConcept(new Coding(ROLE_SYSTEM, code, display));
    }
}
