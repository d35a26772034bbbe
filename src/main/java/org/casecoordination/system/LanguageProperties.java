package org.casecoordination.system;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The languages of the screens and the forms (read by {@link Languages}).
 *
 * @param languages ISO 639-1 codes, the first the default and the forms' own words: a user's choice, else the
 *                  browser's Accept-Language among these, else the first; each other language needs
 *                  forms/&lt;form id&gt;.&lt;language&gt;.json beside each form, or the deployment is refused
 */
@ConfigurationProperties("case-coordination")
public record LanguageProperties(@DefaultValue({"en", "es"}) List<String> languages) {
}
