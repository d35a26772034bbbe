package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CachedBodyRequestTests {

    @Test
    void aSecondFilterSharesTheCachedBodyAndKeepsTheWrappersInBetween() throws Exception {
        MockHttpServletRequest original = new MockHttpServletRequest("POST", "/engine-rest/task");
        original.setContent("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        CachedBodyRequest first = CachedBodyRequest.of(original);
        HttpServletRequestWrapper securityWrapper = new HttpServletRequestWrapper(first);

        CachedBodyRequest second = CachedBodyRequest.of(securityWrapper);

        assertThat(second.body()).isSameAs(first.body());
        assertThat(second.getRequest()).as("the wrapper in between stays").isSameAs(securityWrapper);
        assertThat(new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(CachedBodyRequest.of(second)).isSameAs(second);
    }
}
