package org.casecoordination.system;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.casecoordination.forms.FieldError;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * The one advice for every controller: how input binds, and how each error is answered. A controller marked
 * {@link JsonApi} gets the API's one error shape, {"errors": [{"field": "client.lastName", "message": ".."}]} (field
 * null for errors of no field); a page gets words a coordinator understands, never a stack trace. A binding error
 * a page has no answer for here is thrown on to Spring MVC as before. Every message is in the request's language
 * ({@link ErrorWords}; a field error by its code, else as validated).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ControllerRules {

    static final String CONCURRENT_CHANGE = "This case changed while you were working on it. Reload and try again.";

    private final EmergencyAccessOffer emergencyAccess;
    private final ObjectMapper objectMapper;
    private final ErrorWords words;

    ControllerRules(EmergencyAccessOffer emergencyAccess, ObjectMapper objectMapper, ErrorWords words) {
        this.emergencyAccess = emergencyAccess;
        this.objectMapper = objectMapper;
        this.words = words;
    }

    /** {@link TrimmedStrings}: text is trimmed and an empty box binds as null, on the controllers that ask for it. */
    @InitBinder
    void bindInput(WebDataBinder binder, HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), TrimmedStrings.class)) {
            binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        }
    }

    // --- the JSON API only: a page's binding errors are shown beside its fields by its own controller ---------------

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ModelAndView invalid(MethodArgumentNotValidException e, HandlerMethod handler) throws Exception {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), words.of(error)))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldError(null, words.of(error))));
        return apiOnly(e, handler, HttpStatus.BAD_REQUEST, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpMessageNotReadableException e, HandlerMethod handler) throws Exception {
        FieldError error;
        if (e.getCause() instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            error = new FieldError(path(invalid), words.text("errors.invalidValue", String.valueOf(invalid.getValue())));
        } else if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && !String.valueOf(mapping.getOriginalMessage()).contains("end-of-input")) {
            error = new FieldError(path(mapping), words.text("errors.invalid"));
        } else {
            error = new FieldError(null, words.text("errors.notJson"));
        }
        return apiOnly(e, handler, HttpStatus.BAD_REQUEST, List.of(error));
    }

    /** A query or path parameter of the wrong type ({@code page=two}, {@code overdue=maybe}). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HandlerMethod handler) throws Exception {
        return apiOnly(e, handler, HttpStatus.BAD_REQUEST,
                List.of(new FieldError(e.getName(), words.text("errors.invalidValue", String.valueOf(e.getValue())))));
    }

    /** A required parameter left out. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HandlerMethod handler) throws Exception {
        return apiOnly(e, handler, HttpStatus.BAD_REQUEST, List.of(new FieldError(e.getParameterName(), words.text("errors.required"))));
    }

    /** A module's rules or an endpoint's own checks refused the input (a filter outside its list, a rejected referral). */
    @ExceptionHandler(InvalidInputException.class)
    ModelAndView refused(InvalidInputException e, HandlerMethod handler) throws Exception {
        return apiOnly(e, handler, HttpStatus.BAD_REQUEST, e.errors());
    }

    /** A role that may not do this (a supervisors' task, another team's caseload): the refusal says why. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView notForYourRole(AccessDeniedException e, HandlerMethod handler) {
        return isApi(handler) ? api(HttpStatus.FORBIDDEN, words.of(e))
                : page("error/403", HttpStatus.FORBIDDEN, Map.of("problem", words.of(e), "mayBreakTheGlass", false));
    }

    // --- both audiences --------------------------------------------------------------------------------------------

    /** A task completed meanwhile is gone: a page goes back where it came from and says so. */
    @ExceptionHandler(GoneException.class)
    ModelAndView gone(GoneException e, HandlerMethod handler, RedirectAttributes redirect) {
        if (isApi(handler)) {
            return api(HttpStatus.NOT_FOUND, words.of(e));
        }
        redirect.addFlashAttribute("error", words.of(e));
        return new ModelAndView("redirect:" + e.backTo());
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HandlerMethod handler) {
        return isApi(handler) ? api(HttpStatus.NOT_FOUND, words.of(e))
                : page("error/404", HttpStatus.NOT_FOUND, Map.of("problem", words.of(e)));
    }

    /** Another team's record: the page may offer an administrator emergency access. */
    @ExceptionHandler(RecordAccessDeniedException.class)
    ModelAndView forbidden(RecordAccessDeniedException e, HandlerMethod handler) {
        return isApi(handler) ? api(HttpStatus.FORBIDDEN, words.of(e))
                : page("error/403", HttpStatus.FORBIDDEN, Map.of("problem", words.of(e),
                        "caseNumber", e.recordNumber(), "mayBreakTheGlass", emergencyAccess.mayBreakTheGlass()));
    }

    /** Refused because of the record's state: a page goes back to the task it acted on, or to the list. */
    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HandlerMethod handler, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (isApi(handler)) {
            return api(HttpStatus.CONFLICT, words.of(e));
        }
        redirect.addFlashAttribute("error", words.of(e));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean actionOnTask = "POST".equals(request.getMethod()) && path.matches("/tasks/[^/]+/(claim|unclaim|complete)");
        return new ModelAndView("redirect:" + (actionOnTask ? path.substring(0, path.lastIndexOf('/')) : "/tasks"));
    }

    /** Two people changed the same case at once: the later one reloads; nothing of theirs was written. */
    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    ModelAndView concurrentChange(RuntimeException e, HandlerMethod handler, HttpServletRequest request,
            RedirectAttributes redirect) {
        return conflict(new ConcurrentChange(), handler, request, redirect);
    }

    /** Two people changed the same case at once, in words. */
    private static final class ConcurrentChange extends ConflictException implements Explained {
        ConcurrentChange() {
            super(CONCURRENT_CHANGE);
        }

        @Override
        public String messageKey() {
            return "errors.concurrentChange";
        }
    }

    // --- answers ---------------------------------------------------------------------------------------------------

    private static boolean isApi(HandlerMethod handler) {
        return handler != null && AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), JsonApi.class);
    }

    /** The API's answer; for a page, the same exception goes on to the next resolver (Spring's own handling). */
    private ModelAndView apiOnly(Exception e, HandlerMethod handler, HttpStatus status, List<FieldError> errors)
            throws Exception {
        if (!isApi(handler)) {
            throw e;
        }
        return api(status, errors);
    }

    private ModelAndView api(HttpStatus status, String message) {
        return api(status, List.of(new FieldError(null, message)));
    }

    private ModelAndView api(HttpStatus status, List<FieldError> errors) {
        MappingJackson2JsonView body = new MappingJackson2JsonView(objectMapper);
        body.setExtractValueFromSingleKeyModel(false);
        ModelAndView answer = new ModelAndView(body, Map.of("errors", errors));
        answer.setStatus(status);
        return answer;
    }

    private static ModelAndView page(String view, HttpStatus status, Map<String, ?> model) {
        ModelAndView answer = new ModelAndView(view, model);
        answer.setStatus(status);
        return answer;
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
