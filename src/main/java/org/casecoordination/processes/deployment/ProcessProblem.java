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

    /** What kind of file it is, for the words on the page: "bpmn", "dmn", "form" or "other". */
    public String kind() {
        String name = file == null ? "" : file.toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return java.util.Set.of("bpmn", "dmn", "form").contains(extension) ? extension : "other";
    }

    /** The file's name without folder and extension ("review" for processes/review.bpmn), as analysts know it. */
    public String baseName() {
        String name = file == null ? "" : file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
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
