package org.casecoordination.processes.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.multipart.MultipartFile;

/** Files an analyst uploaded, by resource name; anything that is not a .bpmn, .dmn or .form file is refused. */
final class UploadedFiles {

    static Map<String, byte[]> byResourceName(List<MultipartFile> files) {
        List<ProcessProblem> problems = new ArrayList<>();
        Map<String, byte[]> byName = new TreeMap<>();
        for (MultipartFile file : files) {
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue; // a file input left empty
            }
            String name = ProcessResources.resourceName(file.getOriginalFilename(), bytes(file));
            if (name == null) {
                problems.add(ProcessProblem.error(file.getOriginalFilename(), null,
                        "only .bpmn, .dmn, .form and document template (.html) files and translations (<name>.<language>.json)"
                                + " can be uploaded").said("processProblem.wrongKind"));
            } else if (file.isEmpty()) {
                problems.add(ProcessProblem.error(name, null, "the file is empty").said("processProblem.empty"));
            } else {
                try {
                    byName.put(name, file.getBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        if (byName.isEmpty() && problems.isEmpty()) {
            problems.add(ProcessProblem.error(null, null, "choose at least one .bpmn, .dmn or .form file")
                    .said("processProblem.noFile"));
        }
        if (!problems.isEmpty()) {
            throw new ProcessResourcesRejectedException(problems);
        }
        return byName;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UploadedFiles() {
    }
}
