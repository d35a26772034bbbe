package org.casecoordination.supervision.notice;

import java.util.Arrays;
import java.util.List;

/**
 * What a notice is about, read from its message key: each person chooses per kind how it reaches them by email.
 * Safety concerns, crises and escalations to supervisors are urgent: always emailed at once, whatever was chosen.
 */
public enum NoticeKind {
    SAFETY(true, "notice.safety"),
    CRISIS(true, "notice.crisis"),
    ESCALATION(true, "notice.escalation.raised"),
    OVERDUE(false, "notice.overdue"),
    TASK_HANDED_OVER(false, "notice.handOver.task", "notice.escalation.reassigned"),
    CASE_HANDED_OVER(false, "notice.handOver.case"),
    /** A key this list does not know yet: emailed at once, not offered as a setting. */
    OTHER(false);

    private final boolean urgent;
    private final List<String> keys;

    NoticeKind(boolean urgent, String... keys) {
        this.urgent = urgent;
        this.keys = List.of(keys);
    }

    /** Urgent kinds go out at once; the settings page shows them as fixed. */
    public boolean alwaysAtOnce() {
        return urgent;
    }

    /** The kinds a person may choose for, in the order the settings page lists them. */
    public static List<NoticeKind> chosenByPerson() {
        return Arrays.stream(values()).filter(kind -> !kind.urgent && kind != OTHER).toList();
    }

    public static List<NoticeKind> urgentOnes() {
        return Arrays.stream(values()).filter(kind -> kind.urgent).toList();
    }

    /** {@code notice.safety.noTask} is a safety notice: a key belongs to a kind when it is, or starts with, one of its keys. */
    public static NoticeKind of(String messageKey) {
        if (messageKey == null) {
            return OTHER;
        }
        return Arrays.stream(values())
                .filter(kind -> kind.keys.stream().anyMatch(key -> messageKey.equals(key)
                        || messageKey.startsWith(key + ".")))
                .findFirst().orElse(OTHER);
    }
}
