package org.casecoordination.fhir;

import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.NotFoundException;
import org.casecoordination.system.RecordAccessDeniedException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of /fhir as an OperationOutcome (FHIR clients parse nothing else), in the caller's language. */
@RestControllerAdvice(basePackageClasses = FhirErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FhirErrors {

    private static final Logger log = LoggerFactory.getLogger(FhirErrors.class);

    private final ErrorWords words;

    FhirErrors(ErrorWords words) {
        this.words = words;
    }

    @ExceptionHandler({NotFoundException.class, UnknownResourceException.class})
    ResponseEntity<OperationOutcome> notFound(RuntimeException e) {
        return answer(HttpStatus.NOT_FOUND, IssueType.NOTFOUND, words.of(e));
    }

    @ExceptionHandler(RecordAccessDeniedException.class)
    ResponseEntity<OperationOutcome> forbidden(RecordAccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, IssueType.FORBIDDEN, words.of(e));
    }

    @ExceptionHandler(InvalidSearchException.class)
    ResponseEntity<OperationOutcome> invalidSearch(InvalidSearchException e) {
        return answer(HttpStatus.BAD_REQUEST, IssueType.INVALID, words.of(e));
    }

    @ExceptionHandler(ExportRefusedException.class)
    ResponseEntity<OperationOutcome> exportRefused(ExportRefusedException e) {
        return answer(e.status(), e.type(), words.of(e));
    }

    @ExceptionHandler(TaskUpdateRefusedException.class)
    ResponseEntity<OperationOutcome> taskRefused(TaskUpdateRefusedException e) {
        return ResponseEntity.status(e.status()).contentType(FhirJsonConverter.FHIR_JSON).body(e.outcome());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<OperationOutcome> unreadable(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, IssueType.STRUCTURE, words.text("fhir.error.unreadable"));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<OperationOutcome> failed(RuntimeException e) {
        log.error("FHIR request failed", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, IssueType.EXCEPTION, words.text("fhir.error.failed"));
    }

    private static ResponseEntity<OperationOutcome> answer(HttpStatus status, IssueType type, String diagnostics) {
        return ResponseEntity.status(status).contentType(FhirJsonConverter.FHIR_JSON)
                .body(OperationOutcomes.of(type, diagnostics));
    }
}
