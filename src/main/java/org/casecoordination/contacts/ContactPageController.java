package org.casecoordination.contacts;

import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.TrimmedStrings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contact page (contacts/edit.html): add a contact, change one, remove one, then back to the case page's
 * Contacts panel. Errors are shown beside the fields on the same page, and nothing is written.
 */
@Controller
@TrimmedStrings
class ContactPageController {

    static final String PAGE = "contacts/edit";

    private final ClientContacts contacts;
    private final CaseFileService caseFiles;
    private final ContactRequestValidator validator;
    private final ErrorWords words;

    ContactPageController(ClientContacts contacts, CaseFileService caseFiles, ContactRequestValidator validator,
            ErrorWords words) {
        this.contacts = contacts;
        this.caseFiles = caseFiles;
        this.validator = validator;
        this.words = words;
    }

    @InitBinder("contact")
    void contactRules(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.addValidators(validator);
    }

    @GetMapping("/cases/{caseNumber}/contacts/new")
    String newContact(@PathVariable String caseNumber, Model model) {
        return page(caseFiles.find(caseNumber), null, new ContactRequest(), model);
    }

    @PostMapping("/cases/{caseNumber}/contacts")
    String add(@PathVariable String caseNumber, @Validated @ModelAttribute("contact") ContactRequest contact,
            BindingResult result, Model model, RedirectAttributes redirect) {
        CareCase careCase = caseFiles.find(caseNumber); // another team learns nothing, not even that its input was wrong
        if (result.hasErrors()) {
            return page(careCase, null, contact, model);
        }
        try {
            contacts.add(caseNumber, contact);
        } catch (InvalidInputException refused) {
            refused.errors().forEach(e -> result.rejectValue(e.field(), "invalid", e.message()));
            return page(careCase, null, contact, model);
        }
        redirect.addFlashAttribute("message", words.text("contacts.added"));
        return back(caseNumber);
    }

    @GetMapping("/cases/{caseNumber}/contacts/{id}/edit")
    String edit(@PathVariable String caseNumber, @PathVariable Long id, Model model) {
        CareCase careCase = caseFiles.find(caseNumber);
        ContactSummary summary = contacts.find(caseNumber, id);
        model.addAttribute("summary", summary);
        return page(careCase, id, request(summary), model);
    }

    @PostMapping("/cases/{caseNumber}/contacts/{id}")
    String change(@PathVariable String caseNumber, @PathVariable Long id,
            @Validated @ModelAttribute("contact") ContactRequest contact, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CareCase careCase = caseFiles.find(caseNumber);
        if (result.hasErrors()) {
            model.addAttribute("summary", contacts.find(caseNumber, id));
            return page(careCase, id, contact, model);
        }
        try {
            contacts.change(caseNumber, id, contact);
        } catch (InvalidInputException refused) {
            refused.errors().forEach(e -> result.rejectValue(e.field(), "invalid", e.message()));
            model.addAttribute("summary", contacts.find(caseNumber, id));
            return page(careCase, id, contact, model);
        }
        redirect.addFlashAttribute("message", words.text("contacts.changed"));
        return back(caseNumber);
    }

    @PostMapping("/cases/{caseNumber}/contacts/{id}/remove")
    String remove(@PathVariable String caseNumber, @PathVariable Long id, RedirectAttributes redirect) {
        contacts.remove(caseNumber, id);
        redirect.addFlashAttribute("message", words.text("contacts.removed"));
        return back(caseNumber);
    }

    private String page(CareCase careCase, Long id, ContactRequest contact, Model model) {
        model.addAttribute("caseNumber", careCase.getCaseNumber());
        model.addAttribute("clientName", careCase.getClient().fullName());
        model.addAttribute("contactId", id);
        model.addAttribute("contact", contact);
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("channels", Channel.values());
        return PAGE;
    }

    private ContactRequest request(ContactSummary summary) {
        ContactRequest request = new ContactRequest();
        request.setRelationship(summary.relationship());
        request.setName(summary.name());
        request.setPhone(summary.phoneForPeople());
        request.setEmail(summary.email());
        request.setLanguage(summary.language());
        request.setNote(summary.note());
        request.setPrimaryCaregiver(summary.primaryCaregiver());
        summary.consents().forEach(consent -> request.getConsents().add(consent.channel()));
        return request;
    }

    private static String back(String caseNumber) {
        return "redirect:/cases/" + caseNumber + "#contacts";
    }
}
