package org.casecoordination.documents;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Documents panel's upload form. Back on the case page either way: with the file kept, or with each problem
 * next to its field and the kind and title as typed (a browser cannot be given the file back).
 */
@Controller
class DocumentUploadPageController {

    private final DocumentUploads uploads;
    private final MessageSource words;

    DocumentUploadPageController(DocumentUploads uploads, MessageSource words) {
        this.uploads = uploads;
        this.words = words;
    }

    @PostMapping("/cases/{caseNumber}/documents/upload")
    String upload(@PathVariable String caseNumber, @RequestParam(required = false) UploadKind kind,
            @RequestParam(required = false) String title, @RequestPart(name = "file", required = false)
            MultipartFile file, RedirectAttributes redirect) {
        try {
            uploads.upload(caseNumber, kind, title, file);
        } catch (InvalidInputException refused) {
            return backWithErrors(caseNumber, refused, kind, title, redirect);
        }
        redirect.addFlashAttribute("message", words.getMessage("documents.upload.done", new Object[] {title.strip()},
                LocaleContextHolder.getLocale()));
        return "redirect:/cases/" + caseNumber + "#documents";
    }

    /** Larger than the server takes at all (see spring.servlet.multipart): the same words as for 10 MB. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request, RedirectAttributes redirect) {
        // an exception handler is given no path variables: they are kept on the request
        Map<?, ?> path = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return backWithErrors(String.valueOf(path.get("caseNumber")), InvalidInputException.of("file", uploads.tooLarge()), null, null, redirect);
    }

    private static String backWithErrors(String caseNumber, InvalidInputException refused, UploadKind kind,
            String title, RedirectAttributes redirect) {
        redirect.addFlashAttribute(DocumentUploadPanel.ERRORS, FieldError.byField(refused.errors()));
        redirect.addFlashAttribute(DocumentUploadPanel.TYPED, new DocumentUploadPanel.Typed(kind, title));
        return "redirect:/cases/" + caseNumber + "#document-upload";
    }
}
