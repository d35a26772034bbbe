package org.casecoordination.contacts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.contacts.*
 *
 * @param phoneRegion the country (ISO 3166-1 alpha-2) whose numbers people type without a country code: "(212)
 *     555-0123" is read as a number of this region, and numbers of this region are shown in its national format
 */
@ConfigurationProperties("case-coordination.contacts")
public record ContactProperties(@DefaultValue("US") String phoneRegion) {
}
