package org.casecoordination.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where processes/ and forms/ are read from (case-coordination.process-resources): the classpath by default,
 * which is read-only, or a folder ({@code file:/srv/case-coordination/}) that redeploys and uploads use and
 * uploads are written into, so a restart deploys the same files.
 */
public class ProcessFolders {

    private static final String[] PATTERNS = {"processes/*.bpmn", "processes/*.dmn", "forms/*.form"};

    private final String location;

    public ProcessFolders(String location) {
        this.location = location.isEmpty() || location.endsWith("/") || location.endsWith(":")
                ? location : location + "/";
    }

    public String location() {
        return location;
    }

    public ProcessResources read() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, byte[]> files = new TreeMap<>();
        try {
            for (String pattern : PATTERNS) {
                for (Resource resource : resolver.getResources(location + pattern)) {
                    String name = ProcessResources.resourceName(resource.getFilename());
                    if (name == null) {
                        continue; // hidden files and editor backups
                    }
                    try (InputStream in = resource.getInputStream()) {
                        files.put(name, in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read processes/ and forms/ under " + location, e);
        }
        return new ProcessResources(files);
    }

    /** The folder holding processes/ and forms/, when the location is one (and not the classpath). */
    public Optional<Path> folder() {
        if (!location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new org.springframework.core.io.UrlResource(location).getFile().toPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes each file next to a temporary copy first and moves it into place, so no file is half-written. */
    public void write(Map<String, byte[]> files) {
        Path root = folder().orElseThrow(() -> new IllegalStateException("processes/ and forms/ are read from "
                + location + ", not a folder; uploads need case-coordination.process-resources=file:/path/"));
        try {
            for (var file : files.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalArgumentException("Not a file in processes/ or forms/: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), ".upload", ".tmp");
                Files.write(temporary, file.getValue());
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
