package org.casecoordination.processes.deployment;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.casecoordination.forms.FormTranslation;
import org.casecoordination.processes.DiagramTranslation;

/**
 * A set of files to deploy together, by stable resource name ({@code processes/case-lifecycle.bpmn},
 * {@code processes/case-lifecycle.es.json}, {@code forms/intake.form}, {@code forms/intake.es.json}), sorted so
 * forms come before processes.
 */
public record ProcessResources(Map<String, byte[]> files) {

    public ProcessResources {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /**
     * The resource name a file gets from its extension, or null when the file is not a diagram, form or form
     * translation ({@code intake.es.json}, which travels with its form) or document template
     * ({@code care-plan-summary.es.html}).
     */
    public static String resourceName(String fileName) {
        if (fileName == null || fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")
                || fileName.startsWith(".")) {
            return null;
        }
        if (fileName.endsWith(".form") || FormTranslation.FileName.of(fileName) != null) {
            return "forms/" + fileName;
        }
        if (fileName.endsWith(".bpmn") || fileName.endsWith(".dmn")) {
            return "processes/" + fileName;
        }
        if (fileName.endsWith(".html")) {
            return "documents/" + fileName; // a document template, checked by DocumentTemplateRules
        }
        return null;
    }

    /**
     * The resource name of a file that came without its folder (an upload): a {@code <name>.<language>.json} that
     * says which diagram it names ({@code "diagram"}) belongs in processes/, any other in forms/.
     */
    public static String resourceName(String fileName, byte[] content) {
        String name = resourceName(fileName);
        if (name != null && name.endsWith(".json") && DiagramTranslation.namesADiagram(content)) {
            return "processes/" + fileName;
        }
        return name;
    }

    /** These files with the given ones added or replaced. */
    public ProcessResources with(Map<String, byte[]> changed) {
        Map<String, byte[]> merged = new TreeMap<>(files);
        merged.putAll(changed);
        return new ProcessResources(merged);
    }

    public boolean hasProcess() {
        return files.keySet().stream().anyMatch(name -> name.endsWith(".bpmn"));
    }
}
