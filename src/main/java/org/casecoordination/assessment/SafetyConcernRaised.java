package org.casecoordination.assessment;

import java.util.List;
import org.casecoordination.casefile.TimelineText;

/**
 * Published in the transaction that raised a case's safety flag: who must be told urgently (user ids) and what
 * they read (the case number and what is due when, no client data, as a message key with its arguments so each
 * reads it in their language); supervision delivers the notices. {@code taskId} is the "Respond to safety concern"
 * task, or null when the case's process made none.
 */
public record SafetyConcernRaised(long caseId, String caseNumber, String taskId, TimelineText notice,
        List<String> recipients) {
}
