package org.casecoordination;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Every case-coordination.* setting is a @ConfigurationProperties record, found here (docs/operations.md). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CaseCoordinationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseCoordinationApplication.class, args);
    }
}
