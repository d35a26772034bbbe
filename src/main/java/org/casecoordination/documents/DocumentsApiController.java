package org.casecoordination.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.system.JsonApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's documents over JSON, with the Documents panel's rules: the case's team (or an emergency access) only;
 * making one stores it and writes the timeline; reading the file is audited as an export. A file is uploaded on the
 * same path as multipart ({@link DocumentUploads}).
 */
@RestController
@JsonApi
class DocumentsApiController {

    private final CaseDocuments documents;
    private final MessageSource words;
    private final DocumentUploads uploads;

    DocumentsApiController(CaseDocuments documents, MessageSource words, DocumentUploads uploads) {
        this.documents = documents;
        this.words = words;
        this.uploads = uploads;
    }

    record GenerateRequest(@NotNull(message = "{documents.error.kindRequired}")
            @Schema(description = "CARE_PLAN_SUMMARY, CLOSURE_LETTER, REFERRAL_LETTER, TRANSPORT_REQUEST,"
                    + " HAND_OVER_SUMMARY (in the caller's language) or CLIENT_RECORD (for a request of access;"
                    + " making it is audited as an export)")
            DocumentKind kind,
            @Schema(description = "For REFERRAL_LETTER the id of one of the case's service referrals; for"
                    + " TRANSPORT_REQUEST the id of one of its booked rides; else left out") Long referralId) {
    }

    record DocumentView(Long id, DocumentKind kind, @Schema(description = "the kind in the caller's language")
            String title, @Schema(description = "ISO 639-1 code of the document's language") String language,
            String fileName, String mediaType, long sizeBytes, String sha256, String template,
            @Schema(description = "the deployment the template came from") String templateVersion,
            String createdBy, Instant createdAt, String content,
            @Schema(description = "for an uploaded file what it is (SIGNED_CONSENT_SCAN, LETTER_RECEIVED,"
                    + " MEDICAL_RECORD, IDENTITY_OR_INSURANCE, OTHER; title is then the uploader's title and kind"
                    + " null); null for a generated document") UploadKind uploadKind,
            @Schema(description = "false for an upload a browser cannot show (an encrypted or broken PDF)")
            boolean previewable) {
    }

    @GetMapping("/api/cases/{caseNumber}/documents")
    @Operation(summary = "The documents kept with the case, newest first (without their bytes)")
    List<DocumentView> list(@PathVariable String caseNumber) {
        return documents.of(caseNumber).stream().map(document -> view(caseNumber, document)).toList();
    }

    @PostMapping("/api/cases/{caseNumber}/documents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a document from the case (PDF, in the client's language when a template exists in it,"
            + " else English; a provider's document in the agency's first language) and keep it with the case;"
            + " 400 when a provider's document names no referral of this case of the right type")
    DocumentView generate(@PathVariable String caseNumber, @Valid @RequestBody GenerateRequest request) {
        return view(caseNumber, documents.generate(caseNumber, request.kind(), request.referralId()));
    }

    @GetMapping("/api/cases/{caseNumber}/documents/{id}/content")
    @Operation(summary = "The document's file as stored (audited as an export); the Digest header has its SHA-256")
    ResponseEntity<byte[]> content(@PathVariable String caseNumber, @PathVariable long id) {
        return DocumentsPageController.file(documents.read(caseNumber, id, true), ContentDisposition.attachment());
    }

    // --- uploads (DocumentUploads): the same path, told apart by the request's content type -------------------------

    @PostMapping(path = "/api/cases/{caseNumber}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Keep a file with the case (multipart: file, kind, title): a PDF, JPEG or PNG up to 10 MB,"
            + " its type read from its content; 400 with the reason per field (another type, empty, too large, no"
            + " kind or title) and nothing stored")
    DocumentView upload(@PathVariable String caseNumber,
            @Parameter(description = "SIGNED_CONSENT_SCAN, LETTER_RECEIVED, MEDICAL_RECORD, IDENTITY_OR_INSURANCE"
                    + " or OTHER") @RequestParam(required = false) UploadKind kind,
            @Parameter(description = "a short title, at most 120 characters") @RequestParam(required = false)
            String title, @RequestPart(name = "file", required = false) MultipartFile file) {
        return view(caseNumber, uploads.upload(caseNumber, kind, title, file));
    }

    /** Larger than the server takes at all (see spring.servlet.multipart): the same words as for 10 MB. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, List<Map<String, String>>>> tooLarge() {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", "file");
        error.put("message", uploads.tooLarge());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(error)));
    }

    private DocumentView view(String caseNumber, StoredDocument document) {
        String title = document.getUploadKind() != null ? document.getTitle()
                : words.getMessage("documentKind." + document.getKind().name(), null, LocaleContextHolder.getLocale());
        return new DocumentView(document.getId(), document.getKind(), title, document.getLanguage(),
                document.getFileName(), document.getMediaType(), document.getSizeBytes(), document.getSha256(),
                document.getTemplate(), document.getTemplateVersion(), document.getCreatedBy(),
                document.getCreatedAt(), "/api/cases/" + caseNumber + "/documents/" + document.getId() + "/content",
                document.getUploadKind(), document.isPreviewable());
    }
}
