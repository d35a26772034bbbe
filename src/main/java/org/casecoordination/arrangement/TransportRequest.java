package org.casecoordination.arrangement;

import java.util.ArrayList;
import java.util.List;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;

/** A trip to a service: who drives, from where, when, and what the client needs on the way. */
public record TransportRequest(Long providerId, String pickupAddress, String pickupTime, String returnTime,
        MobilityNeeds mobilityNeeds) {

    /** What is missing or wrong, in the request's language. */
    public List<FieldError> errors(ErrorWords words) {
        List<FieldError> errors = new ArrayList<>();
        if (providerId == null) {
            errors.add(new FieldError("transportProviderId", words.text("transport.error.provider")));
        }
        if (pickupAddress == null || pickupAddress.isBlank()) {
            errors.add(new FieldError("pickupAddress", words.text("transport.error.pickupAddress")));
        } else if (pickupAddress.length() > 500) {
            errors.add(new FieldError("pickupAddress", words.text("errors.atMost", 500)));
        }
        if (pickupTime == null || pickupTime.isBlank()) {
            errors.add(new FieldError("pickupTime", words.text("transport.error.pickupTime")));
        } else if (pickupTime.length() > 100) {
            errors.add(new FieldError("pickupTime", words.text("errors.atMost", 100)));
        }
        if (returnTime != null && returnTime.length() > 100) {
            errors.add(new FieldError("returnTime", words.text("errors.atMost", 100)));
        }
        if (mobilityNeeds == null) {
            errors.add(new FieldError("mobilityNeeds", words.text("transport.error.mobilityNeeds")));
        }
        return errors;
    }
}
