package org.casecoordination.casefile;

import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Minimum necessary (HIPAA): a client's record is open to the coordinators and supervisors of the team that owns
 * the case, and to no one else: not to other teams, not to analysts, not to administrators, except through an
 * explicit emergency access with a written reason that supervisors review. Work done by the engine itself
 * (timers, jobs) has no user and is not a view.
 */
@Component
public class CaseAccess {

    private final CurrentUser currentUser;
    private final EmergencyAccessRepository emergencyAccess;

    public CaseAccess(CurrentUser currentUser, EmergencyAccessRepository emergencyAccess) {
        this.currentUser = currentUser;
        this.emergencyAccess = emergencyAccess;
    }

    public boolean canSee(CareCase careCase) {
        return currentUser.isEngineWork() || currentUser.teams().contains(careCase.getTeam())
                || hasEmergencyAccess(careCase);
    }

    /** An administrator who broke the glass for this case, and whose access has not run out. */
    private boolean hasEmergencyAccess(CareCase careCase) {
        return careCase.getId() != null && emergencyAccess.existsByCareCaseIdAndUserIdAndExpiresAtAfter(
                careCase.getId(), currentUser.id(), java.time.Instant.now());
    }

    public void checkCanSee(CareCase careCase) {
        if (!canSee(careCase)) {
            throw new CaseAccessDeniedException(careCase.getCaseNumber());
        }
    }
}
