package org.casecoordination.casefile;

import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Minimum necessary (HIPAA): a client's record is open to the coordinators and supervisors of the team that owns
 * the case, and to no one else: not to other teams, not to analysts, not to administrators (who will get an
 * explicit, logged emergency access). Work done by the engine itself (timers, jobs) has no user and is not a view.
 */
@Component
public class CaseAccess {

    private final CurrentUser currentUser;

    public CaseAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canSee(CareCase careCase) {
        return CurrentUser.SYSTEM.equals(currentUser.id()) || currentUser.teams().contains(careCase.getTeam());
    }

    public void checkCanSee(CareCase careCase) {
        if (!canSee(careCase)) {
            throw new CaseAccessDeniedException();
        }
    }
}
