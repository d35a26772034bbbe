package org.casecoordination.supervision.crisis;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A crisis call about a client, from the hotline integration or the case page. */
public record CrisisReport(
        @NotBlank(message = "Describe the crisis.") @Size(max = 2000, message = "At most 2000 characters.")
        String description,
        @Size(max = 200, message = "At most 200 characters.") String reportedBy,
        @Pattern(regexp = "[0-9+()\\-. ]{7,30}", message = "Digits, spaces and + ( ) - . only, 7 to 30 characters.")
        String callbackNumber) {
}
