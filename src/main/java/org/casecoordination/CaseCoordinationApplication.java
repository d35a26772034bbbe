package org.casecoordination;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CaseCoordinationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseCoordinationApplication.class, args);
    }
}
