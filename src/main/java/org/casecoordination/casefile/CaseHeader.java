package org.casecoordination.casefile;

import java.time.Instant;
import java.util.List;
import org.casecoordination.processes.CaseStage;

/**
 * The top of the case page, what a coordinator needs while the client is on the phone: who the client is and how
 * to reach them, what is dangerous right now, where the case stands, who owns it and what is due next.
 *
 * @param age        whole years today; null without a date of birth
 * @param phoneLink  the phone as a {@code tel:} address (digits and a leading +); null without a phone
 * @param nextDue    the earliest due date among the open tasks; null when none has one
 */
public record CaseHeader(String clientName, Integer age, String language, String phone, String phoneLink,
        String caregiver, List<Flag> flags, List<Step> steps, String ownerName, String teamName, Acuity acuity,
        NextDue nextDue) {

    /**
     * An open flag: its kind's code (for the words of what to do) and name, the instruments that raised it in words
     * ("PHQ-9 (depression)"), and since when.
     */
    public record Flag(String code, String kind, List<String> raisedBy, Instant since) {
    }

    /** One stage of the stepper. */
    public record Step(CaseStage stage, boolean done, boolean current) {
    }

    /** The open task due first, and whether that moment has passed. */
    public record NextDue(String taskId, String taskName, Instant due, boolean overdue) {
    }

    /** The stages a case goes through, in order; a closed case has finished all of them. */
    static final List<CaseStage> STEPS = List.of(CaseStage.INTAKE, CaseStage.ASSESSMENT,
            CaseStage.SERVICE_ARRANGEMENT, CaseStage.FOLLOW_UP, CaseStage.CLOSURE);

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
