package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Binding and error answers are declared once: a second advice would answer the same exception another way. The
 * one exception is FHIR, whose clients read errors only as OperationOutcome: its advice is limited to the fhir
 * package's controllers.
 */
class ControllerRulesTests {

    @Test
    void theApplicationHasOneControllerAdvice() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ControllerAdvice.class));
        assertThat(scanner.findCandidateComponents("org.casecoordination"))
                .extracting(bean -> bean.getBeanClassName())
                .containsExactlyInAnyOrder(ControllerRules.class.getName(), "org.casecoordination.fhir.FhirErrors");
    }

    @Test
    void theFhirAdviceAnswersOnlyFhirControllers() throws ClassNotFoundException {
        ControllerAdvice fhir = Class.forName("org.casecoordination.fhir.FhirErrors")
                .getAnnotation(org.springframework.web.bind.annotation.RestControllerAdvice.class)
                .annotationType().getAnnotation(ControllerAdvice.class);
        assertThat(fhir).isNotNull();
        assertThat(Class.forName("org.casecoordination.fhir.FhirErrors")
                .getAnnotation(org.springframework.web.bind.annotation.RestControllerAdvice.class)
                .basePackageClasses()).extracting(Class::getPackageName)
                .containsExactly("org.casecoordination.fhir");
    }
}
