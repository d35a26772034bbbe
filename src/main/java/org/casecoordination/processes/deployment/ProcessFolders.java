package org.casecoordination.processes.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where processes/ and forms/ are read from (case-coordination.process-resources): a folder
 * ({@code file:/srv/case-coordination/}) that redeploys read and uploads are written into, so a restart deploys
 * the same files; or the files packaged in the application ({@code classpath*:}), which cannot be written. Left
 * empty, the working directory's folders are used when it has a processes/ folder (a checkout, {@code mvn
 * spring-boot:run}), the packaged files otherwise (a jar started anywhere else).
 */
public class ProcessFolders {

    static final String PROPERTY = "case-coordination.process-resources";
    static final String ENVIRONMENT_VARIABLE = "CASE_COORDINATION_PROCESS_RESOURCES";
    static final String PACKAGED = "classpath*:";
    private static final String[] PATTERNS = {"processes/*.bpmn", "processes/*.dmn", "processes/*.json",
            "forms/*.form", "forms/*.json", "documents/*.html"};

    private final String location;
    private final String uploadsOffReason;

    public ProcessFolders(String location) {
        this(location, null);
    }

    private ProcessFolders(String location, String uploadsOffReason) {
        this.location = location.isEmpty() || location.endsWith("/") || location.endsWith(":")
                ? location : location + "/";
        this.uploadsOffReason = uploadsOffReason;
    }

    /** The configured location, or when none is, the working directory's folders if it has a processes/ folder. */
    public static ProcessFolders configured(String location, Path workingDirectory) {
        if (location != null && !location.isBlank()) {
            return new ProcessFolders(location.strip());
        }
        Path directory = workingDirectory.toAbsolutePath().normalize();
        if (Files.isDirectory(directory.resolve("processes"))) {
            return new ProcessFolders(directory.toUri().toString());
        }
        return new ProcessFolders(PACKAGED, "there is no processes/ folder in the working directory ("
                + directory + ")");
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
                    if (pattern.startsWith("processes/")) {
                        name = "processes/" + resource.getFilename(); // a diagram's names: the folder says so
                    }
                    try (InputStream in = resource.getInputStream()) {
                        byte[] content = in.readAllBytes();
                        byte[] other = files.put(name, content);
                        if (other != null && !Arrays.equals(other, content)) {
                            // two classpath roots with different files of one name: deploying either is a guess
                            throw new IllegalStateException(name + " is found twice under " + location
                                    + " with different contents; remove one (" + resource.getURL() + ")");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read processes/ and forms/ under " + location, e);
        }
        return new ProcessResources(files);
    }

    /**
     * Why uploads are refused, with what turns them on; empty when the location is a folder. Says where the files
     * come from, never anything about a case.
     */
    public Optional<String> uploadsOff() {
        if (folder().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("uploads are off: processes/ and forms/ are read from " + (location.startsWith("classpath")
                ? "the files packaged in the application" : location) + (uploadsOffReason == null ? ""
                : ", because " + uploadsOffReason) + ", and those cannot be written. To upload, start the"
                + " application in the folder that holds processes/ and forms/, or set " + PROPERTY
                + " (environment variable " + ENVIRONMENT_VARIABLE + ") to that folder, for example"
                + " file:/srv/case-coordination/");
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
        Path root = folder().orElseThrow(() -> new IllegalStateException(uploadsOff().orElseThrow()));
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
