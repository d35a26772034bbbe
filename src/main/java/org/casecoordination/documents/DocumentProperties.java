package org.casecoordination.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * case-coordination.documents.*
 *
 * @param phone the number a client calls about their case ("who to call" in every document); the hours are words
 *     in the bundles (documents.merge.contactHours), so they read in the client's language
 */
@ConfigurationProperties("case-coordination.documents")
public record DocumentProperties(@DefaultValue("(555) 010-0100") String phone) {
}
