package org.casecoordination.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.Locale;
import org.casecoordination.system.ErrorWords;
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
    private final ErrorWords words;

    SearchApiController(CaseSearch search, ErrorWords words) {
        this.search = search;
        this.words = words;
    }

    /**
     * @param q a case number (CC-2026-000123) or the start of the client's name, last name first ("Miller Jo")
     */
    @GetMapping("/api/search")
    @Operation(summary = "Clients and cases the caller may see, by case number or the start of a name",
            description = "The cases of the caller's teams (by case number also one they hold emergency access to), "
                    + "at most 50, in name order; more says there were more. Clients group the cases found. Each "
                    + "call is one VIEW_LIST audit row naming the cases found.")
    CaseSearch.Result search(@Parameter(description = "A case number (CC-2026-000123), the start of the client's "
            + "name, last name first (Miller, Miller Jo), a phone number or a date of birth (1941-03-14, or day, "
            + "month and year in the order of the Accept-Language: 03/14/1941 in English, 14/03/1941 in Spanish); "
            + "1 to 100 characters") @RequestParam(required = false)
            String q, @Parameter(hidden = true) Locale language) {
        if (CaseSearch.problemWith(q) != null) {
            // the search page's words for the same problem, in the caller's language
            throw InvalidInputException.of("q", q == null || q.isBlank() ? words.text("search.empty")
                    : words.text("search.tooLong", CaseSearch.MAX_QUERY_LENGTH));
        }
        return search.search(q, language);
    }
}
