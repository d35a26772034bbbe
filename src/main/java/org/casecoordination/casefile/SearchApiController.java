package org.casecoordination.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.JsonApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/search?q=: the clients and cases the caller may see, by case number or the start of a name. */
@RestController
@JsonApi
class SearchApiController {

    private final CaseSearch search;

    SearchApiController(CaseSearch search) {
        this.search = search;
    }

    /**
     * @param q a case number (CC-2026-000123) or the start of the client's name, last name first ("Miller Jo")
     */
    @GetMapping("/api/search")
    @Operation(summary = "Clients and cases the caller may see, by case number or the start of a name",
            description = "The cases of the caller's teams (by case number also one they hold emergency access to), "
                    + "at most 50, in name order; more says there were more. Clients group the cases found. Each "
                    + "call is one VIEW_LIST audit row naming the cases found.")
    CaseSearch.Result search(@Parameter(description = "A case number (CC-2026-000123) or the start of the client's "
            + "name, last name first (Miller, Miller Jo); 1 to 100 characters") @RequestParam(required = false)
            String q) {
        String problem = CaseSearch.problemWith(q);
        if (problem != null) {
            throw InvalidInputException.of("q", problem);
        }
        return search.search(q);
    }
}
