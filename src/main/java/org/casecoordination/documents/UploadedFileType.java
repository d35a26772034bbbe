package org.casecoordination.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.Tika;

/**
 * What an uploaded file really is, read from its bytes with Apache Tika: never from its name or the Content-Type
 * the browser declared, which anyone can set (a program renamed to scan.pdf is still a program). For a refused file
 * the kind in words (a message key under documents.upload.type), so the coordinator learns what they chose.
 */
final class UploadedFileType {

    static final String PDF = "application/pdf";
    static final Set<String> ACCEPTED = Set.of(PDF, "image/jpeg", "image/png");

    private static final Tika TIKA = new Tika();

    private final String mediaType;
    private final byte[] bytes;

    private UploadedFileType(String mediaType, byte[] bytes) {
        this.mediaType = mediaType;
        this.bytes = bytes;
    }

    /** The type of these bytes (no name is given to Tika on purpose). */
    static UploadedFileType of(byte[] bytes) {
        return new UploadedFileType(TIKA.detect(bytes), bytes);
    }

    String mediaType() {
        return mediaType;
    }

    boolean accepted() {
        return ACCEPTED.contains(mediaType);
    }

    /**
     * A browser can show it: an encrypted PDF (a password to open it) or a broken one cannot be previewed, but is
     * kept all the same: it is what the client handed over.
     */
    boolean previewable() {
        if (!PDF.equals(mediaType)) {
            return true;
        }
        try (PDDocument ignored = Loader.loadPDF(bytes)) {
            return true;
        } catch (IOException unreadable) { // InvalidPasswordException included
            return false;
        }
    }

    /** The usual file extension for an accepted type, for the download name. */
    String extension() {
        return switch (mediaType) {
            case PDF -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            default -> "";
        };
    }

    /** For a refused file: the key of its kind in words ("a Word document"), or empty when there are none. */
    Optional<String> wordsKey() {
        String type = mediaType.toLowerCase(Locale.ROOT).replaceFirst(";.*$", "").strip(); // "; format=pe32"
        if (type.equals("application/zip") || type.equals("application/x-tika-ooxml")) {
            return Optional.of("documents.upload.type." + officeKind().orElse(
                    type.equals("application/zip") ? "zip" : "office"));
        }
        if (type.contains("wordprocessingml") || type.equals("application/msword") || type.equals("application/rtf")
                || type.equals("application/vnd.oasis.opendocument.text")) {
            return Optional.of("documents.upload.type.word");
        }
        if (type.contains("spreadsheetml") || type.equals("application/vnd.ms-excel")) {
            return Optional.of("documents.upload.type.excel");
        }
        if (type.equals("application/x-tika-msoffice") || type.contains("presentationml")
                || type.equals("application/vnd.ms-powerpoint")) {
            return Optional.of("documents.upload.type.office");
        }
        if (type.equals("application/x-msdownload") || type.equals("application/x-dosexec")
                || type.startsWith("application/x-executable") || type.startsWith("application/x-mach-o")
                || type.equals("application/x-sharedlib") || type.equals("application/x-elf")) {
            return Optional.of("documents.upload.type.program");
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return Optional.of("documents.upload.type.webPage");
        }
        if (type.equals("text/plain")) {
            return Optional.of("documents.upload.type.text");
        }
        if (type.startsWith("image/")) {
            return Optional.of("documents.upload.type.image");
        }
        return Optional.empty();
    }

    /** For documents.upload.type.image: the image's format as people know it (HEIC, GIF, TIFF). */
    String imageFormat() {
        String subtype = mediaType.substring(mediaType.indexOf('/') + 1);
        return subtype.replaceFirst("^(x-|vnd\\.)", "").replaceFirst("[+;].*$", "").toUpperCase(Locale.ROOT);
    }

    /** An Office Open XML file is a ZIP archive: its first folder says which program wrote it. */
    private Optional<String> officeKind() {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.startsWith("word/")) {
                    return Optional.of("word");
                }
                if (name.startsWith("xl/")) {
                    return Optional.of("excel");
                }
                if (name.startsWith("ppt/")) {
                    return Optional.of("office");
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
