package org.casecoordination.reports;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The file formats a report table can be downloaded in. */
enum ExportFormat {

    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    /** The monthly and quarterly reports only: a table alone is better read in a spreadsheet. */
    PDF("pdf", MediaType.APPLICATION_PDF);

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** {@code csv} or {@code xlsx} as typed in the address; empty otherwise. */
    static Optional<ExportFormat> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String typed = value.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(typed)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
