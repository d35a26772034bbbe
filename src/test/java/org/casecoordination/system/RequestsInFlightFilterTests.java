package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests count as people waiting (pages, API calls) and which do not (static files, background calls). */
class RequestsInFlightFilterTests {

    private final RequestsInFlight requests = new RequestsInFlight();
    private final RequestsInFlightFilter filter = new RequestsInFlightFilter(requests,
            List.of((path, request) -> path.startsWith("/fhir/$export-status/")));

    @Test
    void aPageIsCountedWhileItIsServedAndNoLongerAfter() throws Exception {
        assertThat(countDuring("/cases/CC-2026-000001")).isEqualTo(1);
        assertThat(countDuring("/api/cases")).isEqualTo(1);
        assertThat(requests.count()).isZero();
    }

    @Test
    void staticFilesProbesAndBackgroundCallsAreNotCounted() throws Exception {
        assertThat(countDuring("/webjars/bootstrap/5.3.3/css/bootstrap.min.css")).isZero();
        assertThat(countDuring("/css/app.css")).isZero();
        assertThat(countDuring("/actuator/health/readiness")).isZero();
        assertThat(countDuring("/fhir/$export-status/5b0f")).isZero();
        assertThat(countDuring("/fhir/Patient/42")).isEqualTo(1);
    }

    @Test
    void aRequestThatFailsIsNoLongerCounted() {
        MockFilterChain failing = new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException {
                throw new ServletException("broken");
            }
        });
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/tasks"),
                new MockHttpServletResponse(), failing)).isInstanceOf(ServletException.class);
        assertThat(requests.count()).isZero();
    }

    /** How many requests the counter says are in flight while this one is being served. */
    private int countDuring(String path) throws Exception {
        int[] seen = new int[1];
        MockFilterChain chain = new MockFilterChain(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                seen[0] = requests.count();
            }
        });
        filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
        return seen[0];
    }
}
