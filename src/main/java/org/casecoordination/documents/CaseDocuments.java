package org.casecoordination.documents;

import com.samskivert.mustache.Template;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFile;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.documents.DeployedTemplates.DeployedTemplate;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, keeps and hands out a case's documents, for those who may see the case (the case file's own door,
 * {@link CaseFileService#find}). A document is made from the template deployed now, in the client's language, and
 * stored as made with its SHA-256; the timeline says so. Reading one is written to the audit log before a byte goes
 * out: a preview as a view, a download as an export (the file leaves the application).
 */
@Service
public class CaseDocuments {

    static final String PDF = "application/pdf";

    private final CaseFileService caseFiles;
    private final DeployedTemplates templates;
    private final DocumentContent content;
    private final PdfRenderer renderer;
    private final CaseDocumentRepository documents;
    private final CaseTimeline timeline;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    CaseDocuments(CaseFileService caseFiles, DeployedTemplates templates, DocumentContent content,
            PdfRenderer renderer, CaseDocumentRepository documents, CaseTimeline timeline, CurrentUser currentUser,
            AuditLog auditLog) {
        this.caseFiles = caseFiles;
        this.templates = templates;
        this.content = content;
        this.renderer = renderer;
        this.documents = documents;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** The language a document of this kind is written in for a client who prefers this one (ISO 639-1, or null). */
    public DocumentLanguage languageFor(String clientLanguage, DocumentKind kind) {
        return DocumentLanguage.of(clientLanguage, language -> templates.find(kind, language).isPresent());
    }

    @Transactional
    public CaseDocument generate(String caseNumber, DocumentKind kind) {
        CaseFile caseFile = caseFiles.open(caseNumber);
        CareCase careCase = caseFile.careCase();
        DocumentLanguage language = languageFor(caseFile.client().getPreferredLanguage(), kind);
        DeployedTemplate template = templates.find(kind, language.code()).orElseThrow(() ->
                new IllegalStateException("no template " + TemplateName.resourceName(kind, language.code())));
        String html = compiled.computeIfAbsent(template.version() + "/" + template.name(),
                key -> MustacheTemplates.compile(template.text()))
                .execute(content.of(caseFile, language.locale()).values());
        byte[] pdf = renderer.render(html);
        CaseDocument document = documents.save(new CaseDocument(careCase.getId(), kind, template.name(),
                template.version(), language.code(), fileName(kind, caseNumber, language.code()), PDF, pdf,
                sha256(pdf), currentUser.id()));
        timeline.record(careCase, TimelineKind.DOCUMENT_GENERATED, "timeline.documentGenerated",
                kind, TimelineText.Words.label("documents.language", language.code()));
        return document;
    }

    /** The case's documents, newest first, without their bytes. */
    @Transactional(readOnly = true)
    public List<StoredDocument> of(String caseNumber) {
        return documents.findByCaseIdOrderByCreatedAtDescIdDesc(caseFiles.find(caseNumber).getId());
    }

    /**
     * One document with its bytes, audited first ({@code download}: an export, else a view); a document of
     * another case is not found.
     */
    @Transactional(readOnly = true)
    public CaseDocument read(String caseNumber, long id, boolean download) {
        CareCase careCase = caseFiles.find(caseNumber);
        CaseDocument document = documents.findByIdAndCaseId(id, careCase.getId())
                .orElseThrow(() -> new DocumentNotFoundException(caseNumber, id));
        auditLog.record(download ? AuditAction.EXPORT : AuditAction.VIEW_RECORD, caseNumber,
                "document " + id + " (" + document.getKind().template() + ", " + document.getLanguage() + ", "
                        + (download ? "download" : "preview") + ")", AuditEvent.SUCCESS);
        return document;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(DocumentKind kind, String caseNumber, String language) {
        String safeCase = new String(caseNumber.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII)
                .replaceAll("[^A-Za-z0-9-]", "-");
        return kind.template() + "-" + safeCase + "-" + language + ".pdf";
    }
}
