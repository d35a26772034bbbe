package org.casecoordination.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;

/** A provider's Task update that cannot be made: the HTTP status and the issues, one per problem found. */
class TaskUpdateRefusedException extends RuntimeException {

    private final int status;
    private final transient OperationOutcome outcome;

    TaskUpdateRefusedException(int status, OperationOutcome.IssueType type, List<Issue> issues) {
        super(issues.toString());
        this.status = status;
        this.outcome = new OperationOutcome();
        issues.forEach(issue -> {
            var added = outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR).setCode(type)
                    .setDiagnostics(issue.diagnostics());
            if (issue.expression() != null) {
                added.addExpression(issue.expression());
            }
        });
    }

    /** One problem: where in the Task (a FHIRPath such as "Task.statusReason", or null) and what, in words. */
    record Issue(String expression, String diagnostics) {
    }

    int status() {
        return status;
    }

    OperationOutcome outcome() {
        return outcome;
    }
}
