package org.casecoordination.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A document kept with a case: what it is, which template (and deployed version) and language made it, the file
 * itself and its SHA-256, who made it and when. Never changed: a new version is a new row. The case is kept by id,
 * so a document is read without the case; lists read {@link StoredDocument}, without the bytes.
 */
@Entity
@Immutable
@Table(name = "case_document")
public class CaseDocument implements StoredDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_document_seq")
    @SequenceGenerator(name = "case_document_seq", sequenceName = "case_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String template;
    private String templateVersion;
    private String language;
    private String fileName;
    private String mediaType;

    private byte[] content;

    private long sizeBytes;
    private String sha256;
    private String createdBy;
    private Instant createdAt;

    // uploads (DocumentUploads): what the coordinator said it is, their title, and whether a browser can show it
    @Enumerated(EnumType.STRING)
    private UploadKind uploadKind;
    private String title;
    private boolean previewable = true;

    protected CaseDocument() {
    }

    /** A file a coordinator uploaded: no template or language; its name is kept only to download it by. */
    static CaseDocument uploaded(Long caseId, UploadKind uploadKind, String title, String fileName, String mediaType,
            byte[] content, String sha256, boolean previewable, String createdBy) {
        CaseDocument document = new CaseDocument(caseId, null, null, null, null, fileName, mediaType, content, sha256,
                createdBy);
        document.uploadKind = uploadKind;
        document.title = title;
        document.previewable = previewable;
        return document;
    }

    CaseDocument(Long caseId, DocumentKind kind, String template, String templateVersion, String language,
            String fileName, String mediaType, byte[] content, String sha256, String createdBy) {
        this.caseId = caseId;
        this.kind = kind;
        this.template = template;
        this.templateVersion = templateVersion;
        this.language = language;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public DocumentKind getKind() { return kind; }
    public String getTemplate() { return template; }
    public String getTemplateVersion() { return templateVersion; }
    public String getLanguage() { return language; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public byte[] getContent() { return content.clone(); }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public UploadKind getUploadKind() { return uploadKind; }
    public String getTitle() { return title; }
    public boolean isPreviewable() { return previewable; }
}
