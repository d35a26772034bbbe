package org.casecoordination.arrangement;

import java.util.ArrayList;
import java.util.List;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The provider directory for integrations: search, and tokens for providers' systems (administrators). */
@RestController
@JsonApi
class ProviderApiController {

    record ProviderView(Long id, String name, List<ServiceType> serviceTypes, List<String> areas,
            List<String> languages, boolean acceptsNewClients, int openPlaces, boolean openCapacity,
            String contactName, String phone, String email, String openingHours) {
        static ProviderView of(Provider p) {
            return new ProviderView(p.getId(), p.getName(), p.getServiceTypes(), p.getAreas(), p.getLanguages(),
                    p.isAcceptsNewClients(), p.getOpenPlaces(), p.hasOpenCapacity(), p.getContactName(),
                    p.getPhone(), p.getEmail(), p.getOpeningHours());
        }
    }

    record TokenRequest(String label) {
    }

    record Errors(List<FieldError> errors) {
    }

    private final ProviderDirectory directory;
    private final ProviderTokens tokens;
    private final CurrentUser currentUser;
    private final ErrorWords words;

    ProviderApiController(ProviderDirectory directory, ProviderTokens tokens, CurrentUser currentUser,
            ErrorWords words) {
        this.words = words;
        this.directory = directory;
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/providers")
    ResponseEntity<?> search(@RequestParam(required = false) String serviceType,
            @RequestParam(required = false) String area, @RequestParam(required = false) String language) {
        ServiceType type = null;
        if (serviceType != null && !serviceType.isBlank()) {
            type = ServiceType.of(serviceType).orElse(null);
            if (type == null) {
                return ResponseEntity.badRequest().body(new Errors(List.of(new FieldError("serviceType",
                        words.text("providerForm.error.unknownServiceType", serviceType)))));
            }
        }
        return ResponseEntity.ok(directory.search(ProviderSearch.of(type, area, language)).stream()
                .map(ProviderView::of).toList());
    }

    /** The token is in this answer only; afterwards only its hash exists. */
    @PostMapping("/api/providers/{id}/tokens")
    // administrators only: ProviderTokenApiAccessRules, before the body is read
    ResponseEntity<ProviderTokens.NewToken> createToken(@PathVariable long id,
            @RequestBody(required = false) TokenRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tokens.create(id, request == null ? null : request.label(), currentUser.id()));
    }

    @ExceptionHandler(ProviderNotFoundException.class)
    ResponseEntity<Errors> notFound(ProviderNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Errors(List.of(new FieldError(null,
                words.of(e)))));
    }

    @ExceptionHandler(InvalidProviderException.class)
    ResponseEntity<Errors> invalid(InvalidProviderException e) {
        return ResponseEntity.badRequest().body(new Errors(new ArrayList<>(e.errors())));
    }
}
