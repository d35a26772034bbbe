package org.casecoordination.processes.deployment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What changed between two versions of a process: elements added, removed and changed, by id. An element has
 * changed when its type, name or any setting in the XML (conditions, forms, assignees, properties) differs;
 * a sub-process's own contents are compared element by element, not as part of the sub-process.
 */
public record VersionDiff(List<DiagramElement> added, List<DiagramElement> removed, List<DiagramElement> changed) {

    /** An element as an analyst knows it from Camunda Modeler. */
    public record DiagramElement(String id, String name, String type) {
    }

    public static VersionDiff between(BpmnModelInstance from, BpmnModelInstance to) {
        Map<String, FlowElement> before = byId(from.getModelElementsByType(FlowElement.class));
        Map<String, FlowElement> after = byId(to.getModelElementsByType(FlowElement.class));
        List<DiagramElement> added = new ArrayList<>();
        List<DiagramElement> removed = new ArrayList<>();
        List<DiagramElement> changed = new ArrayList<>();
        Map<String, String> xmlBefore = canonicalById(from);
        Map<String, String> xmlAfter = canonicalById(to);
        after.forEach((id, element) -> {
            FlowElement old = before.get(id);
            if (old == null) {
                added.add(summary(element));
            } else if (!java.util.Objects.equals(xmlBefore.get(id), xmlAfter.get(id))) {
                changed.add(summary(element));
            }
        });
        before.forEach((id, element) -> {
            if (!after.containsKey(id)) {
                removed.add(summary(element));
            }
        });
        return new VersionDiff(added, removed, changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    private static Map<String, FlowElement> byId(Collection<FlowElement> elements) {
        Map<String, FlowElement> byId = new TreeMap<>();
        elements.forEach(element -> byId.put(element.getId(), element));
        return byId;
    }

    private static DiagramElement summary(FlowElement element) {
        return new DiagramElement(element.getId(), element.getName(), element.getElementType().getTypeName());
    }

    /** Each flow element's XML without whitespace, namespace declarations or attribute order. */
    private static Map<String, String> canonicalById(BpmnModelInstance model) {
        Map<String, String> byId = new TreeMap<>();
        collect(((org.w3c.dom.Document) model.getDocument().getDomSource().getNode()).getDocumentElement(), byId);
        return byId;
    }

    private static void collect(Element element, Map<String, String> into) {
        if (element.hasAttribute("id") && isFlowElement(element)) {
            StringBuilder out = new StringBuilder();
            write(element, out, true);
            into.put(element.getAttribute("id"), out.toString());
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collect(childElement, into);
            }
        }
    }

    private static void write(Element element, StringBuilder out, boolean top) {
        if (!top && element.hasAttribute("id") && isFlowElement(element)) {
            return; // compared on its own
        }
        out.append('<').append(element.getLocalName());
        Map<String, String> attributes = new TreeMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node attribute = map.item(i);
            if (!"xmlns".equals(attribute.getPrefix()) && !"xmlns".equals(attribute.getNodeName())) {
                attributes.put(attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName(),
                        attribute.getNodeValue());
            }
        }
        attributes.forEach((name, value) -> out.append(' ').append(name).append("=\"").append(value).append('"'));
        out.append('>');
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                write(childElement, out, false);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue().strip());
            }
        }
        out.append("</>");
    }

    private static final java.util.Set<String> FLOW_ELEMENT_NAMES = java.util.Set.of("sequenceFlow", "userTask",
            "serviceTask", "scriptTask", "businessRuleTask", "sendTask", "receiveTask", "manualTask", "task",
            "callActivity", "subProcess", "transaction", "exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "complexGateway", "startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "dataObject", "dataObjectReference", "dataStoreReference",
            "adHocSubProcess");

    private static boolean isFlowElement(Element element) {
        return FLOW_ELEMENT_NAMES.contains(element.getLocalName());
    }
}
