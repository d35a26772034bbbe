package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Binding and error answers are declared once: a second advice would answer the same exception another way. */
class ControllerRulesTests {

    @Test
    void theApplicationHasOneControllerAdvice() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ControllerAdvice.class));
        assertThat(scanner.findCandidateComponents("org.casecoordination"))
                .extracting(bean -> bean.getBeanClassName())
                .containsExactly(ControllerRules.class.getName());
    }
}
