package org.casecoordination.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.consent-forms.*
 *
 * @param agencyName the agency that discloses the client's information, named on every consent form as the
 *     discloser (42 CFR 2.31(a)(2)); its own name, the same in every language
 */
@ConfigurationProperties("case-coordination.consent-forms")
public record ConsentFormProperties(@DefaultValue("Case Coordination Agency") String agencyName) {
}
