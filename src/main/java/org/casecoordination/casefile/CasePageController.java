package org.casecoordination.casefile;

import org.casecoordination.system.Words;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: client, stage, owner, open tasks, what each stage recorded, notes and the timeline; the panels
 * of other modules (consents, assessments, closure) come from {@link CasePanel}s.
 */
@Controller
class CasePageController {

    static final String VIEW = "cases/case";
    static final String CLOSE_VIEW = "cases/close";

    private final CaseFileService caseFiles;
    private final CasePageModel pageModel;
    private final Words words;

    CasePageController(CaseFileService caseFiles, CasePageModel pageModel, Words words) {
        this.caseFiles = caseFiles;
        this.pageModel = pageModel;
        this.words = words;
    }

    public static class NoteForm {
        @NotBlank(message = "{casePage.note.required}")
        @Size(max = 8000, message = "{casePage.note.tooLong}")
        private String text;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    @GetMapping("/cases/{caseNumber}")
    String show(@PathVariable String caseNumber, Locale language, Model model) {
        if (!model.containsAttribute("noteForm")) {
            model.addAttribute("noteForm", new NoteForm());
        }
        pageModel.addCasePage(caseNumber, language, model);
        return VIEW;
    }

    /**
     * "Close this case now" asks first. With JavaScript the case page asks in a dialog; without it the button
     * leads here, to the same question on a page of its own. The answer is posted to the closure module.
     */
    @GetMapping("/cases/{caseNumber}/close")
    String confirmClose(@PathVariable String caseNumber, Model model) {
        pageModel.addCaseFile(caseNumber, model);
        return CLOSE_VIEW;
    }

    @PostMapping("/cases/{caseNumber}/notes")
    String addNote(@PathVariable String caseNumber, @Validated @ModelAttribute("noteForm") NoteForm noteForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(caseNumber, LocaleContextHolder.getLocale(), model);
        }
        caseFiles.addNote(caseNumber, noteForm.getText());
        redirect.addFlashAttribute("message", words.text("casePage.noteAdded"));
        return "redirect:/cases/" + caseNumber;
    }
}
