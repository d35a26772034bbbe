package org.casecoordination.processes.deployment;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.processes.guard.DiagramCode;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One finding of the {@link ProcessResourceValidator}: which file, which element in it (null when the file as a
 * whole is at fault) and a sentence an analyst can act on. Warnings are reported but do not stop a deployment.
 * The sentence is kept in English for the APIs and Camunda Modeler; a problem that names its message key
 * ({@link #said}) reads in the reader's language on the Processes page, file and element names staying as they are.
 */
public record ProcessProblem(String file, String elementId, String problem, boolean warning, String code,
        List<Object> arguments) implements MessageSourceResolvable {

    /** processes/case-lifecycle.es.json, forms/intake.es.json, documents/closure-letter.es.html: folder, name, language. */
    private static final Pattern IN_LANGUAGE = Pattern.compile(
            "(processes|forms|documents)/([^/]+)\\.([a-z]{2,3})\\.(?:json|html)");

    static ProcessProblem error(String file, String elementId, String problem) {
        return new ProcessProblem(file, elementId, problem, false, null, List.of());
    }

    static ProcessProblem warning(String file, String elementId, String problem) {
        return new ProcessProblem(file, elementId, problem, true, null, List.of());
    }

    /** What the diagram guard refused in the file, in its words. */
    static ProcessProblem refused(String file, DiagramCode.Finding finding) {
        return new ProcessProblem(file, finding.elementId(), finding.problem(), false, finding.reason().code(),
                finding.reason().arguments());
    }

    /** The same problem with the key of its words in management.properties and their arguments (names, ids). */
    ProcessProblem said(String code, Object... arguments) {
        return new ProcessProblem(file, elementId, problem, warning, code, Arrays.asList(arguments));
    }

    @Override
    public String[] getCodes() {
        return code == null ? null : new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return problem;
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

    /**
     * The file as the Processes page names it in the reader's language: "Diagram “review”", and for a file of
     * words in another language what it is ("Spanish names of diagram “case-lifecycle”", "Spanish words of form
     * “intake”", "Document template “closure-letter” in Spanish") rather than "File “case-lifecycle.es”".
     */
    public MessageSourceResolvable fileWords() {
        String name = file == null ? "" : file.substring(file.lastIndexOf('/') + 1);
        Matcher inLanguage = IN_LANGUAGE.matcher(file == null ? "" : file);
        if (inLanguage.matches()) {
            String code = "processes.file." + switch (inLanguage.group(1)) {
                case "processes" -> "names";
                case "forms" -> "formWords";
                default -> "documentTemplate";
            };
            String language = inLanguage.group(3);
            return new DefaultMessageSourceResolvable(new String[] {code}, new Object[] {inLanguage.group(2),
                    new DefaultMessageSourceResolvable(new String[] {"processProblem.language." + language},
                            language)}, name);
        }
        return new DefaultMessageSourceResolvable(new String[] {"processes.file." + kind()},
                new Object[] {baseName()}, name);
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
