package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casecoordination.client.Sex;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/cases/{caseNumber}/assessments: score and store an administered instrument, and list a case's results.
 * Errors get the API's shape: 400 naming what is wrong, 403 another team, 404 unknown case, 409 closed case.
 * Audited as a view or change of the case's record like every /api/cases door.
 */
@RestController
@JsonApi
class AssessmentApiController {

    private final AssessmentService assessments;
    private final CurrentUser currentUser;

    AssessmentApiController(AssessmentService assessments, CurrentUser currentUser) {
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    /** @param answers item scores in order, or the AHC object; @param sex only AUDIT-C reads it */
    record AssessmentRequest(String instrument, JsonNode answers, Sex sex) {
    }

    /** score, band and positiveDomains are null where the instrument has none; flags is a list, empty for none. */
    record ResultView(String instrument, Integer score, String band, List<String> flags,
            List<String> positiveDomains, String instrumentVersion, JsonNode answers, String administeredBy,
            Instant administeredAt) {
        static ResultView of(AssessmentResult result) {
            boolean ahc = result.getInstrument() == Instrument.AHCHRSN;
            return new ResultView(result.getInstrument().code(), result.getScore(), result.getBand(),
                    result.getFlags(), ahc ? result.getPositiveDomains() : null, result.getInstrumentVersion(),
                    StoredAnswers.parse(result.getAnswers()), result.getAdministeredBy(), result.getAdministeredAt());
        }
    }

    @PostMapping("/api/cases/{caseNumber}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    ResultView record(@PathVariable String caseNumber, @RequestBody AssessmentRequest request) {
        return ResultView.of(assessments.record(caseNumber, request.instrument(), request.answers(), request.sex(),
                currentUser.id()));
    }

    /** The case's results, the latest first. */
    @GetMapping("/api/cases/{caseNumber}/assessments")
    List<ResultView> history(@PathVariable String caseNumber) {
        return assessments.history(caseNumber).stream().map(ResultView::of).toList();
    }

    @ExceptionHandler(InvalidAnswersException.class)
    ResponseEntity<Map<String, List<FieldError>>> invalid(InvalidAnswersException e) {
        return ResponseEntity.badRequest().body(Map.of("errors", e.errors()));
    }
}
