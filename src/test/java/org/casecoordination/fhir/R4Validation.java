package org.casecoordination.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI's instance validator against the base R4 definitions, as FhirValidationTests uses it: errors fail, warnings
 * (our own code systems, which it cannot look up) do not. Built once: it takes seconds.
 */
final class R4Validation {

    private static FhirValidator validator;

    private R4Validation() {
    }

    static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext r4 = FhirContext.forR4Cached();
            ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(r4),
                    new InMemoryTerminologyServerValidationSupport(r4), new CommonCodeSystemsTerminologyService(r4));
            validator = r4.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        }
        return validator;
    }

    static void assertValid(String json) {
        List<SingleValidationMessage> errors = validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
        assertThat(errors).as(json).extracting(m -> m.getLocationString() + ": " + m.getMessage()).isEmpty();
    }
}
