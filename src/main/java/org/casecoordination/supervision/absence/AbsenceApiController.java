package org.casecoordination.supervision.absence;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Absences as JSON: POST marks someone away (201; a bad period or cover 400; someone the caller may not mark away
 * 403); GET lists the current and coming absences the caller may see; POST .../{id}/end ends one early.
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

    /** Ends an absence as of today (one not begun yet is removed): 204; 403, 404, or 409 when it is over. */
    @PostMapping("/api/supervision/absences/{id}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(@PathVariable long id) {
        absences.end(id);
    }

    @ExceptionHandler(AbsenceNotFoundException.class)
    ResponseEntity<Map<String, List<FieldError>>> notFound(AbsenceNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("errors", List.of(new FieldError(null, e.getMessage()))));
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
