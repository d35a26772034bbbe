package org.casecoordination.processes.guard;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What in a BPMN or DMN file would run code: expressions ({@link ExpressionCheck}), Java classes
 * ({@code camunda:class}, {@code camunda:variableMappingClass}, ...), scripts in any language, connectors, and
 * decision expressions in a language other than FEEL or JUEL. Used by the deployment checks (with the file
 * name, for the analyst) and by the engine on every deployment and every reload of a definition.
 */
public final class DiagramCode {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    /** FEEL by name or by the DMN specification's URIs; JUEL under the same rules as diagrams. */
    private static final Pattern DECISION_LANGUAGE = Pattern.compile("feel|juel|https?://www\\.omg\\.org/spec/.*feel.*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_RUN = Set.of("BPMNDiagram", "documentation", "textAnnotation",
            "DMNDI", "description");

    /** One thing refused in a file: its element (or null) and why. */
    public record Finding(String elementId, Reason reason) {

        /** Why, in English. */
        public String problem() {
            return reason.english();
        }
    }

    /**
     * @param refusals what would run code beyond the data contract
     * @param names    per element id, the names its expressions start from that may be process variables
     */
    public record Report(List<Finding> refusals, Map<String, Set<String>> names) {
    }

    public static boolean isDiagramOrDecision(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn")
                || name.endsWith(".dmn11.xml");
    }

    /** @throws IllegalArgumentException when the file is no XML; the callers report parse errors their way */
    public static Report of(byte[] content) {
        return of(parse(content));
    }

    /** The same for a file already read, e.g. by Camunda's model API (its DOM is namespace-aware). */
    public static Report of(Document document) {
        Report report = new Report(new ArrayList<>(), new LinkedHashMap<>());
        scan(document.getDocumentElement(), null, false, report);
        return report;
    }

    private static void scan(Element element, String elementId, boolean juel, Report report) {
        if (NOT_RUN.contains(element.getLocalName())) {
            return;
        }
        String id = element.hasAttribute("id") ? element.getAttribute("id") : elementId;
        String local = element.getLocalName();
        if ("scriptTask".equals(local) || "script".equals(local)) {
            report.refusals.add(new Finding(id, Reason.of("guardProblem.script",
                    "it runs a script; diagrams may not run scripts")));
        }
        if (CAMUNDA.equals(element.getNamespaceURI()) && "connector".equals(local)) {
            report.refusals.add(new Finding(id, Reason.of("guardProblem.connector",
                    "it uses a connector; connectors are not available here")));
        }
        String language = isDecisionElement(element) ? element.getAttribute("expressionLanguage") : "";
        if (!language.isBlank() && !DECISION_LANGUAGE.matcher(language).matches()) {
            report.refusals.add(new Finding(id, Reason.of("guardProblem.decisionLanguage",
                    "it uses the expression language " + language
                            + "; decisions use FEEL (or JUEL, under the rules for diagrams)", language)));
        }
        boolean inJuel = language.isBlank() ? juel : language.equalsIgnoreCase("juel");
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            attribute(id, element, (Attr) attributes.item(i), report);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                scan(childElement, id, inJuel, report);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue().trim();
                if (inJuel && !text.isEmpty() && !EXPRESSION.matcher(text).find()) {
                    text = "${" + text + "}";
                }
                expression(id, text, report);
            }
        }
    }

    /** BPMN's own expressionLanguage attribute is ignored by the engine; DMN's chooses how a cell runs. */
    private static boolean isDecisionElement(Element element) {
        String namespace = element.getNamespaceURI();
        return namespace != null && namespace.toUpperCase(Locale.ROOT).contains("/DMN/");
    }

    /** Camunda's attributes: {@code camunda:class} on BPMN elements, plain {@code class} on Camunda's own. */
    private static void attribute(String id, Element owner, Attr attribute, Report report) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI())
                || (attribute.getNamespaceURI() == null && CAMUNDA.equals(owner.getNamespaceURI()));
        if (camunda && (name.equals("class") || name.endsWith("Class"))) {
            report.refusals.add(new Finding(id, Reason.of("guardProblem.javaClass",
                    "it names the Java class " + attribute.getValue()
                            + "; diagrams call only the beans listed for them, by delegate expression",
                    attribute.getValue())));
        } else if (name.equals("scriptFormat") || (name.equals("language") && !attribute.getValue().isBlank())
                || (camunda && name.equals("resource"))) {
            report.refusals.add(new Finding(id, Reason.of("guardProblem.scriptFormat",
                    "it runs a script (" + attribute.getValue() + "); diagrams may not run scripts",
                    attribute.getValue())));
        } else {
            expression(id, attribute.getValue(), report);
        }
    }

    private static void expression(String id, String text, Report report) {
        if (text == null || !EXPRESSION.matcher(text).find()) {
            return;
        }
        ExpressionCheck check = ExpressionCheck.of(text);
        if (check.refused()) {
            Reason why = check.problems().stream().reduce(Reason::both).orElseThrow();
            report.refusals.add(new Finding(id, Reason.of("guardProblem.expression", text + ": " + why.english(),
                    text, why)));
        }
        if (!check.names().isEmpty()) {
            report.names.computeIfAbsent(id, key -> new LinkedHashSet<>()).addAll(check.names());
        }
    }

    private static Document parse(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
    }

    private DiagramCode() {
    }
}
