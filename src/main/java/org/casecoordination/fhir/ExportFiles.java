package org.casecoordination.fhir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one bulk export being written: an NDJSON buffer per type, stored as the next part of that type's
 * file once it holds about a megabyte, so memory stays bounded whatever the size of the team.
 */
final class ExportFiles {

    static final int PART_BYTES = 1 << 20;

    private final ExportJobs jobs;
    private final String jobId;
    private final Map<String, ByteArrayOutputStream> buffers = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final Map<String, Integer> parts = new LinkedHashMap<>();

    ExportFiles(ExportJobs jobs, String jobId) {
        this.jobs = jobs;
        this.jobId = jobId;
    }

    /** Resources already encoded as JSON, one line each. */
    void append(String type, List<String> resources) {
        ByteArrayOutputStream buffer = buffers.computeIfAbsent(type, t -> new ByteArrayOutputStream());
        for (String resource : resources) {
            buffer.writeBytes(resource.getBytes(StandardCharsets.UTF_8));
            buffer.write('\n');
        }
        lines.merge(type, resources.size(), Integer::sum);
    }

    /** Stores the buffers that are full. */
    void storeFull() {
        buffers.keySet().stream().filter(type -> buffers.get(type).size() >= PART_BYTES).toList()
                .forEach(this::store);
    }

    /** Stores what is left, at the end. */
    void storeAll() {
        List.copyOf(buffers.keySet()).forEach(this::store);
    }

    private void store(String type) {
        ByteArrayOutputStream buffer = buffers.get(type);
        if (buffer.size() == 0) {
            return;
        }
        int part = parts.merge(type, 1, Integer::sum);
        jobs.addPart(jobId, type, part, lines.get(type), buffer.toByteArray());
        buffer.reset();
        lines.put(type, 0);
    }
}
