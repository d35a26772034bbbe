package org.casecoordination.supervision.absence;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Absences as JSON: POST marks someone away (201; a bad period or cover 400; someone the caller may not mark away
 * 403); GET lists the current and coming absences the caller may see.
 */
@RestController
@JsonApi
class AbsenceApiController {

    private final Absences absences;

    AbsenceApiController(Absences absences) {
        this.absences = absences;
    }

    @PostMapping("/api/supervision/absences")
    @ResponseStatus(HttpStatus.CREATED)
    AbsenceView record(@Valid @RequestBody AbsenceRequest request) {
        return AbsenceView.of(absences.record(request));
    }

    @GetMapping("/api/supervision/absences")
    List<AbsenceView> list() {
        return absences.visible().stream().map(AbsenceView::of).toList();
    }

    record AbsenceView(Long id, String user, LocalDate from, LocalDate until, String coveredBy, String addedBy) {
        static AbsenceView of(Absence a) {
            return new AbsenceView(a.getId(), a.getUserId(), a.getAwayFrom(), a.getAwayUntil(), a.getCoveredBy(),
                    a.getAddedBy());
        }
    }
}
