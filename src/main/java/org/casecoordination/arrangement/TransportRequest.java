package org.casecoordination.arrangement;

import java.util.ArrayList;
import java.util.List;
import org.casecoordination.forms.FieldError;

/** A trip to a service: who drives, from where, when, and what the client needs on the way. */
public record TransportRequest(Long providerId, String pickupAddress, String pickupTime, String returnTime,
        MobilityNeeds mobilityNeeds) {

    public List<FieldError> errors() {
        List<FieldError> errors = new ArrayList<>();
        if (providerId == null) {
            errors.add(new FieldError("transportProviderId", "Choose a transport provider."));
        }
        if (pickupAddress == null || pickupAddress.isBlank()) {
            errors.add(new FieldError("pickupAddress", "Enter the pickup address."));
        } else if (pickupAddress.length() > 500) {
            errors.add(new FieldError("pickupAddress", "At most 500 characters."));
        }
        if (pickupTime == null || pickupTime.isBlank()) {
            errors.add(new FieldError("pickupTime", "Enter when the client is picked up, e.g. Mondays 8:30."));
        } else if (pickupTime.length() > 100) {
            errors.add(new FieldError("pickupTime", "At most 100 characters."));
        }
        if (returnTime != null && returnTime.length() > 100) {
            errors.add(new FieldError("returnTime", "At most 100 characters."));
        }
        if (mobilityNeeds == null) {
            errors.add(new FieldError("mobilityNeeds", "Choose the client's mobility needs."));
        }
        return errors;
    }
}
