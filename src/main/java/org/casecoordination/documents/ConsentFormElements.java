package org.casecoordination.documents;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casecoordination.processes.DocumentTemplateRules.Problem;

/**
 * The fields a consent form's template must print, checked at deployment beside {@link TemplateRules}: a Part 2
 * consent that leaves out an element 42 CFR 2.31(a) requires (who discloses, to whom, what, why, until when, the
 * client, the signature and its date) would be no valid consent, so such a template is refused, naming the file and
 * the field. The right to revoke and the statement on conditioning services are words, not fields: the template's
 * own, and the analysts' guide says to keep them.
 */
final class ConsentFormElements {

    private static final List<String> SIGNED = List.of("signer.name", "signature.at", "signature.image",
            "signature.typedName", "witness.name");

    private static final Map<DocumentKind, List<String>> REQUIRED = Map.of(
            DocumentKind.PART2_CONSENT, with("client.name", "agency.name", "consent.information", "consent.recipient",
                    "consent.purpose", "consent.expiry"),
            DocumentKind.CONSENT_TO_SHARE, with("client.name", "agency.name", "consent.information",
                    "consent.recipient", "consent.purpose", "consent.expiry"));

    static List<Problem> missing(String resourceName, DocumentKind kind, Template template) {
        List<String> required = REQUIRED.getOrDefault(kind, List.of());
        if (required.isEmpty()) {
            return List.of();
        }
        Set<String> used = new HashSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                used.add(name);
            }

            @Override
            public boolean visitInclude(String name) {
                return false;
            }

            @Override
            public boolean visitParent(String name) {
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                return true;
            }
        });
        return required.stream().filter(field -> !used.contains(field))
                .map(field -> new Problem(resourceName, field, "a " + kind.template() + " form must print {{"
                        + field + "}}: it is an element the consent needs (docs/domain.md, Consent forms)"))
                .toList();
    }

    private static List<String> with(String... fields) {
        var all = new java.util.ArrayList<>(List.of(fields));
        all.addAll(SIGNED);
        return List.copyOf(all);
    }

    private ConsentFormElements() {
    }
}
