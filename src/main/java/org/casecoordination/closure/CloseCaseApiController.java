package org.casecoordination.closure;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * POST /api/cases/{caseNumber}/close: the case page's "Close this case now" (the client died, moved away, ...). The
 * open work is cancelled and the closure task follows ({@link CaseClosureService#closeEarly}); a case already
 * closed or at closure is 409. Nothing is written on a refusal.
 */
@RestController
@JsonApi
class CloseCaseApiController {

    static final int MAX_EXPLANATION = 8000;

    private final CaseClosureService closure;
    private final ErrorWords words;

    CloseCaseApiController(CaseClosureService closure, ErrorWords words) {
        this.closure = closure;
        this.words = words;
    }

    /**
     * @param reason      one of {@link EarlyClosureReason}
     * @param explanation optional, kept as a note on the case
     */
    record CloseRequest(String reason, String explanation) {
    }

    @PostMapping("/api/cases/{caseNumber}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close this case now: open work is cancelled and the closure task follows",
            description = "reason: DECEASED, MOVED_AWAY, TRANSFERRED, CLIENT_DECLINED, UNABLE_TO_CONTACT or OTHER; "
                    + "explanation (optional, at most 8000 characters) is kept as a note. 409 when the case is "
                    + "closed or already at closure.")
    void close(@PathVariable String caseNumber, @RequestBody CloseRequest request) {
        List<FieldError> errors = new ArrayList<>();
        EarlyClosureReason reason = parse(request.reason());
        if (reason == null) {
            errors.add(new FieldError("reason", words.text("closeCaseApi.error.reason", Arrays
                    .stream(EarlyClosureReason.values()).map(Enum::name).collect(Collectors.joining(", ")))));
        }
        if (request.explanation() != null && request.explanation().length() > MAX_EXPLANATION) {
            errors.add(new FieldError("explanation", words.text("closeCaseApi.error.explanation", MAX_EXPLANATION)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        closure.closeEarly(caseNumber, reason, request.explanation());
    }

    private static EarlyClosureReason parse(String reason) {
        if (reason == null) {
            return null;
        }
        try {
            return EarlyClosureReason.valueOf(reason.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
