package org.casecoordination.supervision.caseload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The caseload page's hand-over: the ticked tasks and cases of one coordinator, who takes them, and why. */
public class HandOverForm {

    private List<String> taskIds = new ArrayList<>();
    private List<String> caseNumbers = new ArrayList<>();

    @NotBlank(message = "{handOver.error.to}")
    private String to;

    @NotBlank(message = "{handOver.error.reason}")
    @Size(max = 1000, message = "{handOver.error.reasonTooLong}")
    private String reason;

    /** An empty choice binds to null; treat it as nothing ticked. */
    public List<String> getTaskIds() { return taskIds; }
    public void setTaskIds(List<String> taskIds) { this.taskIds = taskIds == null ? new ArrayList<>() : taskIds; }
    public List<String> getCaseNumbers() { return caseNumbers; }
    public void setCaseNumbers(List<String> caseNumbers) {
        this.caseNumbers = caseNumbers == null ? new ArrayList<>() : caseNumbers;
    }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    public boolean isEmpty() {
        return taskIds.isEmpty() && caseNumbers.isEmpty();
    }

    ReassignRequest toRequest() {
        return new ReassignRequest(List.copyOf(taskIds), List.copyOf(caseNumbers), to, reason);
    }
}
