package org.casecoordination.documents;

import java.time.Instant;

/** A stored document without its bytes, for lists (the panel, the API): a closed projection reads only these. */
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
}
