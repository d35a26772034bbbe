package org.casecoordination.consent;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/cases/{caseNumber}/consents: a client's consents for integrations (e-consent tools, the provider portal).
 * Errors get the API's shape from system.ControllerRules: 400 naming fields, 403 another team's case, 404 an unknown case.
 */
@RestController
@JsonApi
class ConsentApiController {

    private final ConsentService consents;
    private final ErrorWords words;

    ConsentApiController(ConsentService consents, ErrorWords words) {
        this.words = words;
        this.consents = consents;
    }

    @InitBinder("consentRequest")
    void consentRules(WebDataBinder binder) {
        binder.addValidators(new ConsentRequestValidator());
    }

    @GetMapping("/api/cases/{caseNumber}/consents")
    List<ConsentSummary> list(@PathVariable String caseNumber) {
        return consents.list(caseNumber);
    }

    @PostMapping("/api/cases/{caseNumber}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    ConsentSummary record(@PathVariable String caseNumber, @Valid @RequestBody ConsentRequest consentRequest) {
        return consents.record(caseNumber, consentRequest);
    }

    @PostMapping("/api/cases/{caseNumber}/consents/{id}/revoke")
    ConsentSummary revoke(@PathVariable String caseNumber, @PathVariable Long id,
            @Valid @RequestBody RevocationRequest revocation) {
        return consents.revoke(caseNumber, id, revocation.getReason());
    }

    @ExceptionHandler(ConsentNotFoundException.class)
    ResponseEntity<Map<String, List<FieldError>>> notFound(ConsentNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("errors", List.of(new FieldError(null, words.of(e)))));
    }
}
