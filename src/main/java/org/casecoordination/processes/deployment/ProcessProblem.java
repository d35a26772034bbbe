package org.casecoordination.processes.deployment;

/**
 * One finding of the {@link ProcessResourceValidator}: which file, which element in it (null when the file as a
 * whole is at fault) and a sentence an analyst can act on. Warnings are reported but do not stop a deployment.
 */
public record ProcessProblem(String file, String elementId, String problem, boolean warning) {

    static ProcessProblem error(String file, String elementId, String problem) {
        return new ProcessProblem(file, elementId, problem, false);
    }

    static ProcessProblem warning(String file, String elementId, String problem) {
        return new ProcessProblem(file, elementId, problem, true);
    }

    /** "Task_Intake: has no candidate groups ..." or just the problem when no element is at fault. */
    public String message() {
        return elementId == null ? problem : elementId + ": " + problem;
    }

    @Override
    public String toString() {
        return (warning ? "warning: " : "") + file + " " + message();
    }
}
