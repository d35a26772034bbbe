package org.casecoordination.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.casecoordination.forms.FieldError;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the JSON API has one shape: {"errors": [{"field": "client.lastName", "message": ".."}]}, with
 * field null for errors that belong to no field.
 */
@RestControllerAdvice(annotations = JsonApi.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    record Body(List<FieldError> errors) {
        static Body of(String message) {
            return new Body(List.of(new FieldError(null, message)));
        }
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Body> invalid(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldError(null, error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(new Body(errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Body> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(new Body(List.of(new FieldError(path(invalid),
                    "Invalid value \u201c" + invalid.getValue() + "\u201d."))));
        }
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !String.valueOf(mapping.getOriginalMessage()).contains("end-of-input")) {
            return ResponseEntity.badRequest().body(new Body(List.of(new FieldError(path(mapping),
                    "Invalid value."))));
        }
        return ResponseEntity.badRequest().body(Body.of("The request body is not valid JSON."));
    }

    /** A query or path parameter of the wrong type ({@code page=two}, {@code overdue=maybe}). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Body> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new Body(List.of(new FieldError(e.getName(),
                "Invalid value \u201c" + e.getValue() + "\u201d."))));
    }

    /** A required parameter left out. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Body> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new Body(List.of(new FieldError(e.getParameterName(),
                "Required."))));
    }

    /**
     * A module's rules or an endpoint's own checks refused the input (TaskValidationException,
     * ReferralRejectedException, a filter outside its list).
     */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Body> refused(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new Body(e.errors()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Body> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Body.of(e.getMessage()));
    }

    @ExceptionHandler(RecordAccessDeniedException.class)
    ResponseEntity<Body> forbidden(RecordAccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Body.of(e.getMessage()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Body> notForYourRole(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Body.of(e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Body> conflict(ConflictException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Body.of(e.getMessage()));
    }

    /** Two people changed the same case at once: the later one reloads; nothing of theirs was written. */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    ResponseEntity<Body> concurrentChange(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Body.of("This case changed while you were working on it. Reload and try again."));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
