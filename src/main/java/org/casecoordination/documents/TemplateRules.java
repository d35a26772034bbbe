package org.casecoordination.documents;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.casecoordination.processes.DocumentTemplateRules;
import org.casecoordination.system.Languages;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

/**
 * What a document template may be, checked before it is deployed: named {@code documents/<document>.<language>.html}
 * for a document the app makes; only the merge fields of {@link MergeFields}; no partials; no Thymeleaf or Spring
 * expressions (they would only print as text here, and an analyst who writes one expects it to run); well-formed
 * XHTML with a title and its language, which the tagged PDF needs. Each problem names the file and the field.
 */
@Component
class TemplateRules implements DocumentTemplateRules {

    /** Mustache's own names inside a list: the row itself and its position. */
    private static final Set<String> MUSTACHE_NAMES = Set.of(".", "this", "-first", "-last", "-index");
    /** Expression syntaxes of other template languages; none of them runs in a document template. */
    private static final Pattern FOREIGN = Pattern.compile("\\$\\{|\\*\\{|#\\{|@\\{|\\bth:[a-z]+|<script|<!ENTITY",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MISSING_FIELD = Pattern.compile("No (?:method or field|key) with name '([^']*)'");

    @Override
    public List<Problem> check(String resourceName, byte[] content) {
        List<Problem> problems = new ArrayList<>();
        TemplateName name = TemplateName.of(resourceName).orElse(null);
        if (name == null) {
            return List.of(new Problem(resourceName, null, "name a document template documents/<document>."
                    + "<language>.html, for example documents/care-plan-summary.es.html"));
        }
        if (DocumentKind.ofTemplate(name.template()).isEmpty()) {
            problems.add(new Problem(resourceName, null, "the app makes no document called “" + name.template()
                    + "”; templates are for " + Arrays.stream(DocumentKind.values()).map(DocumentKind::template)
                    .collect(Collectors.joining(", "))));
        }
        if (!Languages.isCode(name.language())) {
            problems.add(new Problem(resourceName, null, "“" + name.language() + "” is no language code (ISO 639-1,"
                    + " such as en or es)"));
        }
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher foreign = FOREIGN.matcher(text);
        if (foreign.find()) {
            problems.add(new Problem(resourceName, foreign.group(), "templates are Mustache: only {{field}} and"
                    + " {{#list}}...{{/list}} are filled in; remove “" + foreign.group() + "” (no Thymeleaf, Spring"
                    + " expressions, scripts or entities)"));
        }
        Template template;
        try {
            template = MustacheTemplates.compile(text);
        } catch (MustacheException e) {
            problems.add(new Problem(resourceName, null, "the template cannot be read: " + e.getMessage()));
            return problems;
        }
        // a template for no known document is checked against the client's documents' fields
        DocumentKind kind = DocumentKind.ofTemplate(name.template()).orElse(DocumentKind.CARE_PLAN_SUMMARY);
        Set<String> unknown = unknownFields(MergeFields.of(kind), template, resourceName, problems);
        unknown.forEach(field -> problems.add(new Problem(resourceName, field, "“" + field + "” is no merge field"
                + " of the " + kind.template() + " template; use one of its fields listed in docs/analysts.md"
                + " (Document templates)")));
        problems.addAll(ConsentFormElements.missing(resourceName, kind, template)); // a consent's elements
        if (unknown.isEmpty() && problems.stream().noneMatch(p -> p.problem().startsWith("partials"))) {
            checkFilled(kind, template, resourceName, name.language(), problems);
        }
        return problems;
    }

    /** Every name the template uses anywhere, against every name its kind of document has. */
    private static Set<String> unknownFields(MergeFields.Fields fieldsOfKind, Template template, String resourceName,
            List<Problem> problems) {
        Set<String> known = new HashSet<>(fieldsOfKind.all());
        known.addAll(fieldsOfKind.values());
        known.addAll(fieldsOfKind.flags());
        fieldsOfKind.lists().forEach((list, fields) -> {
            known.add(list);
            known.addAll(fields);
        });
        known.addAll(MUSTACHE_NAMES);
        Set<String> unknown = new LinkedHashSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                check(name);
            }

            @Override
            public boolean visitInclude(String name) {
                problems.add(new Problem(resourceName, name, "partials ({{> " + name + "}}) are not available;"
                        + " a template is one file"));
                return false;
            }

            @Override
            public boolean visitParent(String name) {
                return visitInclude(name);
            }

            @Override
            public boolean visitSection(String name) {
                check(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                check(name);
                return true;
            }

            private void check(String name) {
                if (!known.contains(name)) {
                    unknown.add(name);
                }
            }
        });
        return unknown;
    }

    /** Filled with sample values both ways, the result must be XHTML that says its title and language. */
    private static void checkFilled(DocumentKind kind, Template template, String resourceName, String language,
            List<Problem> problems) {
        for (boolean filled : new boolean[] {true, false}) {
            String html;
            try {
                html = template.execute(MergeModel.sample(kind, filled).values());
            } catch (MustacheException e) {
                Matcher missing = MISSING_FIELD.matcher(String.valueOf(e.getMessage()));
                String field = missing.find() ? missing.group(1) : null;
                problems.add(new Problem(resourceName, field, "this field is used where it has no value (a row's"
                        + " field outside its list?): " + e.getMessage()));
                return;
            }
            Document document;
            try {
                document = parse(html);
            } catch (Exception e) {
                problems.add(new Problem(resourceName, null, "the template is not well-formed XHTML (every tag"
                        + " closed, & written &amp;amp;): " + e.getMessage()));
                return;
            }
            String lang = document.getDocumentElement().getAttribute("lang");
            if (!language.equals(lang)) {
                problems.add(new Problem(resourceName, null, "write <html lang=\"" + language + "\">: screen"
                        + " readers read the PDF in the language it names"));
                return;
            }
            var titles = document.getElementsByTagName("title");
            if (titles.getLength() == 0 || titles.item(0).getTextContent().isBlank()) {
                problems.add(new Problem(resourceName, null, "give the document a <title> in <head>: it is the"
                        + " PDF's title"));
                return;
            }
        }
    }

    /** No DTDs and no external entities: a template reads nothing from outside itself. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
