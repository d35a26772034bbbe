package org.casecoordination.intake.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.demo.*
 *
 * @param sampleCases with the demo profile, create a few fictional sample cases at the first start
 */
@ConfigurationProperties("case-coordination.demo")
public record DemoProperties(@DefaultValue("true") boolean sampleCases) {
}
