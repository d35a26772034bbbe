package org.casecoordination.casefile;

import org.casecoordination.system.InvalidRequestException;
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
    CaseSearch.Result search(@RequestParam(required = false) String q) {
        String problem = CaseSearch.problemWith(q);
        if (problem != null) {
            throw InvalidRequestException.of("q", problem);
        }
        return search.search(q);
    }
}
