package org.casecoordination.casefile;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /search?q=: the header's search box on every page (fragments/layout.html) answers here, with the same
 * {@link CaseSearch} as GET /api/search. What was typed stays in the box; an empty or too long query is said in
 * words beside it.
 */
@Controller
class SearchPageController {

    static final String VIEW = "search";

    private final CaseSearch search;

    SearchPageController(CaseSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("searchQuery", q == null ? "" : q);
        model.addAttribute("maxLength", CaseSearch.MAX_QUERY_LENGTH);
        if (q == null || q.isBlank()) {
            model.addAttribute("searchProblem", "search.empty");
            return VIEW;
        }
        if (q.strip().length() > CaseSearch.MAX_QUERY_LENGTH) {
            model.addAttribute("searchProblem", "search.tooLong");
            return VIEW;
        }
        model.addAttribute("result", search.search(q));
        return VIEW;
    }
}
