package org.casecoordination.contacts;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/cases/{caseNumber}/contacts: the client's caregivers and contacts. Errors get the API's shape from
 * system.ControllerRules: 400 naming fields, 403 another team's case, 404 an unknown case or contact, 409 a removed
 * contact.
 */
@RestController
@JsonApi
class ContactApiController {

    private final ClientContacts contacts;
    private final ContactRequestValidator validator;

    ContactApiController(ClientContacts contacts, ContactRequestValidator validator) {
        this.contacts = contacts;
        this.validator = validator;
    }

    @InitBinder("contactRequest")
    void contactRules(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping("/api/cases/{caseNumber}/contacts")
    @Operation(summary = "The client's contacts, the primary caregiver first, removed ones last (kept for the record)")
    List<ContactSummary> list(@PathVariable String caseNumber) {
        return contacts.list(caseNumber);
    }

    @GetMapping("/api/cases/{caseNumber}/contacts/{id}")
    @Operation(summary = "One contact of the client")
    ContactSummary get(@PathVariable String caseNumber, @PathVariable Long id) {
        return contacts.find(caseNumber, id);
    }

    @PostMapping("/api/cases/{caseNumber}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a contact; the phone is stored in E.164. 400 when the phone is no number, when consent"
            + " to texts is given for a number that takes no texts, or a consent lacks its phone or email")
    ContactSummary add(@PathVariable String caseNumber, @Valid @RequestBody ContactRequest contactRequest) {
        return contacts.add(caseNumber, contactRequest);
    }

    @PutMapping("/api/cases/{caseNumber}/contacts/{id}")
    @Operation(summary = "Replace a contact's details and consents (send all of them, as on the contact page)")
    ContactSummary change(@PathVariable String caseNumber, @PathVariable Long id,
            @Valid @RequestBody ContactRequest contactRequest) {
        return contacts.change(caseNumber, id, contactRequest);
    }

    @DeleteMapping("/api/cases/{caseNumber}/contacts/{id}")
    @Operation(summary = "Mark the contact removed: kept for the record, never reached again")
    ContactSummary remove(@PathVariable String caseNumber, @PathVariable Long id) {
        return contacts.remove(caseNumber, id);
    }
}
