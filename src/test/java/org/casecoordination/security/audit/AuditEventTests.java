package org.casecoordination.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditEventTests {

    @Test
    void anEventCannotBeChangedOnceMade() {
        assertThat(Arrays.stream(AuditEvent.class.getDeclaredMethods())
                .filter(method -> !Modifier.isPrivate(method.getModifiers())).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        assertThat(AuditEvent.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }

    @Test
    void valuesFromTheCallerAreCutToTheirColumnAndCannotForgeLines() {
        AuditEvent event = new AuditEvent(Instant.now(), "mallory\nLOGIN cora" + "x".repeat(100),
                AuditAction.LOGIN_FAILED, null, "GET /api/" + "y".repeat(2100), "401", null);
        assertThat(event.getActor()).hasSize(64).doesNotContain("\n").startsWith("mallory?LOGIN cora");
        assertThat(event.getResource()).hasSize(2000);
        assertThat(new AuditEvent(Instant.now(), " ", AuditAction.VIEW_RECORD, "CC-1", "GET /cases/CC-1", "200",
                null).getActor()).isEqualTo(AuditEvent.ANONYMOUS);
    }

    @Test
    void refusedMeansAnErrorStatusOrFailure() {
        assertThat(outcome("200").isRefused()).isFalse();
        assertThat(outcome("302").isRefused()).isFalse();
        assertThat(outcome("409").isRefused()).isTrue();
        assertThat(outcome("500").isRefused()).isTrue();
        assertThat(outcome(AuditEvent.FAILURE).isRefused()).isTrue();
    }

    private static AuditEvent outcome(String outcome) {
        return new AuditEvent(Instant.now(), "cora", AuditAction.VIEW_RECORD, "CC-1", "GET /cases/CC-1", outcome,
                "127.0.0.1");
    }
}
