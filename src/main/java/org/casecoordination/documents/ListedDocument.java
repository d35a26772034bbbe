package org.casecoordination.documents;

import java.time.Instant;

/**
 * A stored document as lists read it: every column but the file's bytes. The repository builds it in its query
 * ({@code select new ...}); asking for {@link StoredDocument}, which the entity itself implements, made Spring Data
 * return whole entities, so every case page read every document's bytes (uploads up to 10 MB each).
 */
record ListedDocument(Long id, DocumentKind kind, String template, String templateVersion, String language,
        String fileName, String mediaType, long sizeBytes, String sha256, String createdBy, Instant createdAt,
        UploadKind uploadKind, String title, boolean previewable) implements StoredDocument {

    @Override public Long getId() { return id; }
    @Override public DocumentKind getKind() { return kind; }
    @Override public String getTemplate() { return template; }
    @Override public String getTemplateVersion() { return templateVersion; }
    @Override public String getLanguage() { return language; }
    @Override public String getFileName() { return fileName; }
    @Override public String getMediaType() { return mediaType; }
    @Override public long getSizeBytes() { return sizeBytes; }
    @Override public String getSha256() { return sha256; }
    @Override public String getCreatedBy() { return createdBy; }
    @Override public Instant getCreatedAt() { return createdAt; }
    @Override public UploadKind getUploadKind() { return uploadKind; }
    @Override public String getTitle() { return title; }
    @Override public boolean isPreviewable() { return previewable; }
}
