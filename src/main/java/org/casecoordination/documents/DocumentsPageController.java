package org.casecoordination.documents;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Documents panel's buttons: make a document, preview it in the browser, download it. */
@Controller
class DocumentsPageController {

    private final CaseDocuments documents;
    private final MessageSource words;

    DocumentsPageController(CaseDocuments documents, MessageSource words) {
        this.documents = documents;
        this.words = words;
    }

    @PostMapping("/cases/{caseNumber}/documents")
    String generate(@PathVariable String caseNumber, @RequestParam DocumentKind kind,
            @RequestParam(required = false) Long referralId, RedirectAttributes redirect) {
        documents.generate(caseNumber, kind, referralId);
        redirect.addFlashAttribute("message", words.getMessage("documents.generated",
                new Object[] {words.getMessage("documentKind." + kind.name(), null, LocaleContextHolder.getLocale())},
                LocaleContextHolder.getLocale()));
        return "redirect:/cases/" + caseNumber + "#documents";
    }

    @GetMapping("/cases/{caseNumber}/documents/{id}")
    ResponseEntity<byte[]> preview(@PathVariable String caseNumber, @PathVariable long id) {
        return file(documents.read(caseNumber, id, false), ContentDisposition.inline());
    }

    @GetMapping("/cases/{caseNumber}/documents/{id}/download")
    ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id) {
        return file(documents.read(caseNumber, id, true), ContentDisposition.attachment());
    }

    /**
     * The pages' policy forbids plugins (object-src 'none'), which may keep a browser's PDF viewer from showing a
     * preview: a file gets a policy of its own that lets it show itself and load nothing else.
     */
    static final String FILE_POLICY = "default-src 'none'; object-src 'self'; frame-ancestors 'none'";

    /** An uploaded photo or scan shown on its own: the browser's image page loads the image itself. */
    static final String IMAGE_POLICY = "default-src 'none'; img-src 'self'; frame-ancestors 'none'";

    /** The stored bytes as stored; the SHA-256 goes along so a copy can be checked. */
    static ResponseEntity<byte[]> file(CaseDocument document, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getMediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(document.getFileName()).build()
                        .toString())
                .header("Content-Security-Policy", document.getMediaType().startsWith("image/") ? IMAGE_POLICY
                        : FILE_POLICY)
                // the type was read from the bytes when stored: the browser must not guess another (an upload)
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(document.getSha256())))
                .body(document.getContent());
    }
}
