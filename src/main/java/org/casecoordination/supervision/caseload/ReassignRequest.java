package org.casecoordination.supervision.caseload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Tasks and whole cases a supervisor hands to another coordinator of the team, and why. */
public record ReassignRequest(
        List<@NotBlank String> taskIds,
        List<@NotBlank String> caseNumbers,
        @NotBlank(message = "Name the coordinator who takes the work over.") String to,
        @NotBlank(message = "Give the reason; the coordinator sees it.")
        @Size(max = 1000, message = "At most 1000 characters.") String reason) {

    public List<String> tasks() {
        return taskIds == null ? List.of() : taskIds;
    }

    public List<String> cases() {
        return caseNumbers == null ? List.of() : caseNumbers;
    }
}
