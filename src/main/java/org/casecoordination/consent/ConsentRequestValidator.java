package org.casecoordination.consent;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a consent that compare fields. A Part 2 consent must say to whom (42 CFR 2.31(a)(4)): a named
 * provider or organisation, or explicitly "any provider for service arrangement"; never silently nobody. A consent
 * to share with providers without a name covers any provider. Public for the consent forms signed on the tablet
 * (documents), which follow the same rules as a consent entered on the page.
 */
public class ConsentRequestValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return ConsentRequest.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ConsentRequest request = (ConsentRequest) target;
        if (request.getGivenOn() != null && request.getValidUntil() != null
                && request.getValidUntil().isBefore(request.getGivenOn())) {
            errors.rejectValue("validUntil", "consents.error.period", "Valid until cannot be before the day it was given.");
        }
        if (request.namesRecipient() && request.isAnyProvider()) {
            errors.rejectValue("recipient", "consents.error.recipientBoth",
                    "Name one provider or organisation, or choose any provider, not both.");
        }
        if (request.getPurpose() != null && request.getPurpose().isPart2()
                && !request.namesRecipient() && !request.isAnyProvider()) {
            errors.rejectValue("recipient", "consents.error.recipientMissing",
                    "Name the provider or organisation, or choose any provider for service arrangement.");
        }
    }
}
