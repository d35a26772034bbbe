package org.casecoordination.contacts;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a contact that compare fields or need the numbering plan: a phone must be a number
 * ({@link PhoneNumbers}); consent to texts needs a number that takes texts, to calls a number, to email an address.
 */
@Component
class ContactRequestValidator implements Validator {

    private final PhoneNumbers phones;

    ContactRequestValidator(PhoneNumbers phones) {
        this.phones = phones;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ContactRequest.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ContactRequest request = (ContactRequest) target;
        boolean hasPhone = ContactRequest.given(request.getPhone());
        boolean validPhone = hasPhone && phones.e164(request.getPhone()).isPresent();
        if (hasPhone && !validPhone && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "contacts.error.phone",
                    "This is not a phone number. Type it with its area code, or with + and the country code.");
        }
        if (request.getConsents().contains(Channel.SMS)) {
            if (!hasPhone) {
                errors.rejectValue("consents", "contacts.error.smsNeedsPhone",
                        "A text message needs a phone number.");
            } else if (validPhone && !phones.takesTexts(request.getPhone())) {
                errors.rejectValue("phone", "contacts.error.notTextable",
                        "This is not a phone number we can send a text to.");
            }
        }
        if (request.getConsents().contains(Channel.PHONE_CALL) && !hasPhone) {
            errors.rejectValue("consents", "contacts.error.callNeedsPhone", "A phone call needs a phone number.");
        }
        if (request.getConsents().contains(Channel.EMAIL) && !ContactRequest.given(request.getEmail())) {
            errors.rejectValue("consents", "contacts.error.emailNeedsEmail", "An email needs an email address.");
        }
    }
}
