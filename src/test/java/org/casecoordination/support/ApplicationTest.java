package org.casecoordination.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with an in-memory database, demo users and no sample cases. Every
 * test class with this annotation shares one Spring context (and one engine), which keeps the suite fast.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
// metrics exported as in production (tests turn export off by default), so /actuator/prometheus exists
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({"demo", "test"})
public @interface ApplicationTest {
}
