package org.casecoordination.system;

import java.util.List;
import org.casecoordination.forms.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The JSON API's 400s for query and path parameters, in the one error shape of {@link ApiErrors}
 * ({@code {"errors": [{"field", "message"}]}}): a value of the wrong type ({@code page=two}, {@code overdue=maybe}),
 * a missing parameter, or values an endpoint refused itself ({@link InvalidRequestException}).
 */
@RestControllerAdvice(annotations = JsonApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRequestErrors {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiErrors.Body> typeMismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(new ApiErrors.Body(List.of(new FieldError(e.getName(),
                "Invalid value \u201c" + e.getValue() + "\u201d."))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiErrors.Body> missing(MissingServletRequestParameterException e) {
        return ResponseEntity.badRequest().body(new ApiErrors.Body(List.of(new FieldError(e.getParameterName(),
                "Required."))));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ApiErrors.Body> invalid(InvalidRequestException e) {
        return ResponseEntity.badRequest().body(new ApiErrors.Body(e.errors()));
    }
}
