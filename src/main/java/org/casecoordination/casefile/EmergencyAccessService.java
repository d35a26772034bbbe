package org.casecoordination.casefile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casecoordination.security.AccessRefusedException;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.TeamRoles;
import org.casecoordination.system.EmergencyAccessOffer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Break the glass": an administrator may open one case outside every team for a short time, after writing why.
 * The case's team sees it on the timeline; its supervisors review it.
 */
@Service
public class EmergencyAccessService implements EmergencyAccessOffer {

    static final int MINIMUM_REASON_LENGTH = 20;

    private final CaseRepository cases;
    private final EmergencyAccessRepository grants;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final TeamRoles teamRoles;
    private final Duration length;
    private final MessageSource messages;

    EmergencyAccessService(CaseRepository cases, EmergencyAccessRepository grants, CaseTimeline timeline,
            CurrentUser currentUser, TeamRoles teamRoles, EmergencyAccessProperties properties,
            MessageSource messages) {
        this.messages = messages;
        this.cases = cases;
        this.grants = grants;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.teamRoles = teamRoles;
        this.length = properties.duration();
    }

    public boolean mayBreakTheGlass() {
        return currentUser.groups().contains(Groups.ADMINS);
    }

    /** Opens the case for the current administrator; the reason must say why, in words. */
    @Transactional
    public EmergencyAccess open(String caseNumber, String reason) {
        if (!mayBreakTheGlass()) {
            throw new AccessRefusedException(messages, "refusal.emergencyAccess.adminsOnly");
        }
        if (reason == null || reason.strip().length() < MINIMUM_REASON_LENGTH) {
            throw new IllegalArgumentException("Write why you need this record (at least "
                    + MINIMUM_REASON_LENGTH + " characters).");
        }
        CareCase careCase = cases.findByCaseNumber(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
        EmergencyAccess grant = grants.save(new EmergencyAccess(careCase, currentUser.id(), reason.strip(),
                Instant.now(), length));
        timeline.record(careCase, TimelineKind.EMERGENCY_ACCESS, "timeline.emergencyAccess",
                TimelineText.Words.person(currentUser.id()), grant.getExpiresAt(), reason.strip());
        return grant;
    }

    /** What supervisors review: emergency accesses to the cases of the teams they supervise. */
    @Transactional(readOnly = true)
    public List<EmergencyAccess> toReview() {
        if (!currentUser.groups().contains(Groups.SUPERVISORS)) {
            throw new AccessRefusedException(messages, "refusal.emergencyAccess.supervisorsReview");
        }
        List<String> teams = currentUser.teams();
        return teams.isEmpty() ? List.of() : grants.findByCareCaseTeamInOrderByGrantedAtDesc(teams);
    }

    @Transactional
    public void markReviewed(Long id) {
        EmergencyAccess grant = grants.findById(id).orElseThrow(() -> new AccessRefusedException(messages, "refusal.emergencyAccess.unknown"));
        teamRoles.checkSupervises(grant.getCareCase().getTeam());
        grant.markReviewed(currentUser.id(), Instant.now());
    }
}
