package org.casecoordination.intake;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.system.JsonApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/cases: a referral from another system (hospital discharge, hotline, partner agency). */
@RestController
@JsonApi
class ReferralApiController {

    private final ReferralService referrals;

    ReferralApiController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @PostMapping("/api/cases")
    ResponseEntity<Map<String, Object>> refer(@Valid @RequestBody ReferralRequest referral) {
        CareCase careCase = referrals.refer(referral);
        return ResponseEntity.created(URI.create("/api/cases/" + careCase.getCaseNumber()))
                .body(Map.of("caseNumber", careCase.getCaseNumber(), "clientId", careCase.getClient().getId()));
    }
}
