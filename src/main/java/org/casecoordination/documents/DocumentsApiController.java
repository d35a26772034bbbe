package org.casecoordination.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.casecoordination.system.JsonApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's documents over JSON, with the Documents panel's rules: the case's team (or an emergency access) only;
 * making one stores it and writes the timeline; reading the file is audited as an export.
 */
@RestController
@JsonApi
class DocumentsApiController {

    private final CaseDocuments documents;
    private final MessageSource words;

    DocumentsApiController(CaseDocuments documents, MessageSource words) {
        this.documents = documents;
        this.words = words;
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
            String createdBy, Instant createdAt, String content) {
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

    private DocumentView view(String caseNumber, StoredDocument document) {
        return new DocumentView(document.getId(), document.getKind(), words.getMessage("documentKind."
                + document.getKind().name(), null, LocaleContextHolder.getLocale()), document.getLanguage(),
                document.getFileName(), document.getMediaType(), document.getSizeBytes(), document.getSha256(),
                document.getTemplate(), document.getTemplateVersion(), document.getCreatedBy(),
                document.getCreatedAt(), "/api/cases/" + caseNumber + "/documents/" + document.getId() + "/content");
    }
}
