package org.casecoordination.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Emails to clients and caregivers (case-coordination.client-email.*): who they come from, and the app's public
 * address for the unsubscribe link. They go out only with a mail server ({@code spring.mail.host}).
 *
 * @param from the sender clients see
 * @param publicUrl this app as people reach it from their mail ("https://cases.example.org"); without it the
 *        unsubscribe link cannot be made and no email goes out
 */
@ConfigurationProperties("case-coordination.client-email")
public record EmailSettings(@DefaultValue("reminders@case-coordination.example.org") String from, String publicUrl) {

    boolean hasPublicUrl() {
        return publicUrl != null && !publicUrl.isBlank();
    }

    String unsubscribeUrl(String token) {
        return publicUrl.replaceAll("/+$", "") + EmailUnsubscribe.PATH + token;
    }
}
