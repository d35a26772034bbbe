package org.casecoordination.supervision.caseload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.People;
import org.casecoordination.security.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisors' caseload page: a table and a chart of open cases and overdue tasks per coordinator. */
@Controller
@AllowedGroups(value = Groups.SUPERVISORS, because = "refusal.supervisorsOnly.caseloads")
class CaseloadPageController {

    private final CaseloadService caseload;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final People people;

    CaseloadPageController(CaseloadService caseload, CurrentUser currentUser, ObjectMapper json, People people) {
        this.people = people;
        this.caseload = caseload;
        this.currentUser = currentUser;
        this.json = json;
    }

    @GetMapping("/supervision/caseload")
    String page(@RequestParam(required = false) String team, Model model) throws JsonProcessingException {
        List<String> teams = currentUser.teams();
        String shown = team == null && !teams.isEmpty() ? teams.get(0) : team;
        model.addAttribute("teams", teams);
        if (shown != null) {
            Caseload load = caseload.of(shown);
            model.addAttribute("caseload", load);
            model.addAttribute("chart", json.writeValueAsString(Map.of(
                    "labels", load.coordinators().stream().map(c -> people.fullName(c.userId())).toList(),
                    "openCases", load.coordinators().stream().map(CoordinatorLoad::openCases).toList(),
                    "weighted", load.coordinators().stream().map(CoordinatorLoad::weightedLoad).toList(),
                    "overdue", load.coordinators().stream().map(CoordinatorLoad::overdueTasks).toList())));
        }
        return "supervision/caseload";
    }
}
