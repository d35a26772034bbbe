package org.casecoordination.processes.migration;

import java.util.List;

/** A migration plan or case the engine refuses; nothing was migrated. */
public class MigrationRejectedException extends RuntimeException {

    private final transient List<String> reasons;

    public MigrationRejectedException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
