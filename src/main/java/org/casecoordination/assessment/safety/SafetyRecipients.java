package org.casecoordination.assessment.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casecoordination.casefile.CareCase;
import org.springframework.stereotype.Component;

/**
 * Who is told, with an urgent notice, when a safety concern is raised: the case owner (who knows the client and
 * usually takes the response from the team queue) and the team's supervisors (whom the process calls in when the
 * response is late). The response task itself stays in the team queue, as the diagram routes it.
 */
@Component
class SafetyRecipients {

    private final TeamSupervisors teamSupervisors;

    SafetyRecipients(TeamSupervisors teamSupervisors) {
        this.teamSupervisors = teamSupervisors;
    }

    /** User ids, the owner first. */
    List<String> of(CareCase careCase) {
        Set<String> people = new LinkedHashSet<>();
        if (careCase.getOwner() != null) {
            people.add(careCase.getOwner());
        }
        people.addAll(teamSupervisors.of(careCase.getTeam()));
        return new ArrayList<>(people);
    }
}
