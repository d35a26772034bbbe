package org.casecoordination.casefile;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /search?q=: the header's search box on every page (fragments/layout.html) answers here, with the same
 * {@link CaseSearch} as GET /api/search. What was typed stays in the box; an empty or too long query is said in
 * words beside it; the hint shows the order a date of birth is read in, the reader's language's ({@link DateOrder}).
 */
@Controller
class SearchPageController {

    static final String VIEW = "search";
    /** The day the hint writes in the reader's order, as the placeholder did before: 03/14/1941, 14/03/1941. */
    private static final LocalDate EXAMPLE_BIRTHDAY = LocalDate.of(1941, 3, 14);

    private final CaseSearch search;

    SearchPageController(CaseSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Locale language, Model model) {
        model.addAttribute("searchQuery", q == null ? "" : q);
        DateOrder order = DateOrder.of(language);
        model.addAttribute("dateOrder", order);
        model.addAttribute("dateExample", order.example(EXAMPLE_BIRTHDAY));
        model.addAttribute("maxLength", CaseSearch.MAX_QUERY_LENGTH);
        if (q == null || q.isBlank()) {
            model.addAttribute("searchProblem", "search.empty");
            return VIEW;
        }
        if (q.strip().length() > CaseSearch.MAX_QUERY_LENGTH) {
            model.addAttribute("searchProblem", "search.tooLong");
            return VIEW;
        }
        model.addAttribute("result", search.search(q, language));
        return VIEW;
    }
}
