package org.casecoordination.processes.deployment;

import java.util.List;
import java.util.stream.Collectors;

/** Files that failed validation or the engine's own parser: nothing was deployed or written. */
public class ProcessResourcesRejectedException extends RuntimeException {

    private final transient List<ProcessProblem> problems;

    public ProcessResourcesRejectedException(List<ProcessProblem> problems) {
        super("processes/ and forms/ cannot be deployed:\n  " + problems.stream().map(ProcessProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<ProcessProblem> problems() {
        return problems;
    }
}
