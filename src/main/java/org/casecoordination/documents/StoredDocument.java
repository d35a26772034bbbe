package org.casecoordination.documents;

import java.time.Instant;

/** A stored document without its bytes, for lists (the panel, the API): {@link ListedDocument} reads only these. */
public interface StoredDocument {
    Long getId();
    DocumentKind getKind();
    String getTemplate();
    String getTemplateVersion();
    String getLanguage();
    String getFileName();
    String getMediaType();
    long getSizeBytes();
    String getSha256();
    String getCreatedBy();
    Instant getCreatedAt();
    /** Null for a generated document; for an upload, what the coordinator said it is (kind is then null). */
    UploadKind getUploadKind();
    /** An upload's title as the coordinator typed it; null for a generated document. */
    String getTitle();
    /** False for an upload a browser cannot show (an encrypted or broken PDF): download only. */
    boolean isPreviewable();
}
