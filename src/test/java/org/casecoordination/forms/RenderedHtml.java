package org.casecoordination.forms;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Just enough DOM to check rendered HTML; uses Thymeleaf's own parser since jsoup is not on the classpath. */
final class RenderedHtml {

    private final INestableNode root;

    private RenderedHtml(INestableNode root) {
        this.root = root;
    }

    static RenderedHtml parse(String html) {
        try {
            return new RenderedHtml(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html));
        } catch (ParseException invalid) {
            throw new IllegalArgumentException(invalid);
        }
    }

    Element byId(String id) {
        return find(root, "id", id).orElseThrow(() -> new AssertionError("no element with id " + id));
    }

    boolean hasId(String id) {
        return find(root, "id", id).isPresent();
    }

    static Optional<Element> find(INestableNode under, String attribute, String value) {
        return all(under).stream().filter(e -> value.equals(e.getAttributeValue(attribute))).findFirst();
    }

    static List<Element> all(INestableNode under) {
        List<Element> found = new ArrayList<>();
        for (INode child : under.getChildren()) {
            if (child instanceof Element element) {
                found.add(element);
                found.addAll(all(element));
            }
        }
        return found;
    }

    static List<Element> byName(INestableNode under, String elementName) {
        return all(under).stream().filter(e -> e.elementNameMatches(elementName)).toList();
    }

    static String text(INestableNode node) {
        StringBuilder text = new StringBuilder();
        for (INode child : node.getChildren()) {
            if (child instanceof Text t) {
                text.append(t.getContent());
            } else if (child instanceof INestableNode nested) {
                text.append(text(nested));
            }
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    static boolean contains(INestableNode ancestor, Element descendant) {
        return all(ancestor).contains(descendant);
    }
}
