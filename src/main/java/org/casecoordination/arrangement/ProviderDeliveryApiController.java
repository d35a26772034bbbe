package org.casecoordination.arrangement;

import java.util.ArrayList;
import java.util.List;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.forms.FieldError;
import org.casecoordination.arrangement.ProviderReferralApiController.Errors;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A provider records how the service it accepted is going: started, completed, or ended early (FHIR CANCELLED,
 * the reason kept). The same transitions as the coordinator's on the case page; the follow-up contact shows them.
 */
@RestController
@JsonApi
class ProviderDeliveryApiController {

    /** {"status": "IN_PROGRESS"|"COMPLETED"|"ENDED", "note": ".."}; a note is required when the service ended. */
    record Delivery(String status, String note) {
    }

    private final ProviderReferralRepository referralRepository;
    private final ProviderReferrals referrals;
    private final ErrorWords words;

    ProviderDeliveryApiController(ProviderReferralRepository referralRepository, ProviderReferrals referrals,
            ErrorWords words) {
        this.words = words;
        this.referralRepository = referralRepository;
        this.referrals = referrals;
    }

    @PostMapping("/api/referrals/{id}/delivery")
    ResponseEntity<?> deliver(@PathVariable long id, @RequestBody(required = false) Delivery body) {
        ProviderReferral referral = referralRepository.findById(id).orElse(null);
        ResponseEntity<Errors> refused = ProviderReferralApiController.refusal(referral, id, words);
        if (refused != null) {
            return refused;
        }
        List<FieldError> errors = new ArrayList<>();
        ProviderReferralStatus status = statusOf(body, errors, words);
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest().body(new Errors(errors));
        }
        String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
        try {
            referrals.recordDelivery(id, status, ProviderReferralApiController.provider().getName(), note);
        } catch (CaseConflictException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Errors.of(null, words.of(e)));
        }
        return ResponseEntity.noContent().build();
    }

    /** The body's rules; ENDED is FHIR's CANCELLED, and needs the reason. */
    static ProviderReferralStatus statusOf(Delivery body, List<FieldError> errors, ErrorWords words) {
        if (body == null) {
            errors.add(new FieldError(null, words.text("providerApi.error.deliveryBody")));
            return null;
        }
        ProviderReferralStatus status = switch (body.status() == null ? "" : body.status()) {
            case "IN_PROGRESS" -> ProviderReferralStatus.IN_PROGRESS;
            case "COMPLETED" -> ProviderReferralStatus.COMPLETED;
            case "ENDED" -> ProviderReferralStatus.CANCELLED;
            default -> null;
        };
        if (status == null) {
            errors.add(new FieldError("status", words.text("providerApi.error.status")));
        }
        String note = body.note() == null ? "" : body.note().strip();
        if (status == ProviderReferralStatus.CANCELLED && note.isEmpty()) {
            errors.add(new FieldError("note", words.text("providerApi.error.endReason")));
        }
        if (note.length() > 1000) {
            errors.add(new FieldError("note", words.text("errors.atMost", 1000)));
        }
        return status;
    }
}
