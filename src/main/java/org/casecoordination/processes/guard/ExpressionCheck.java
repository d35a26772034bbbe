package org.casecoordination.processes.guard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.ExpressionNode;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Reads one expression ({@code ${slaDueDates.intake(caseNumber)}}, {@code R/${reassessmentInterval}}) the way
 * the engine parses it and says what in it reaches beyond {@link DiagramBeanList}. What it cannot know at
 * deployment, the type of a variable, the expression manager checks when the expression runs
 * ({@link GuardedElResolver}).
 *
 * @param problems plain-words reasons to refuse the expression, empty when it may run
 * @param names    the names it starts from that are neither engine names nor listed beans: process variables,
 *                 for the caller to check against the data contract
 */
public record ExpressionCheck(List<Reason> problems, Set<String> names) {

    /** Properties that lead out of the data on any object: its class, its loader, the engine behind it. */
    private static final Set<String> NEVER_READ = Set.of("class", "classLoader", "declaringClass", "module",
            "protectionDomain", "processEngineServices", "processEngine");

    public boolean refused() {
        return !problems.isEmpty();
    }

    public static ExpressionCheck of(String expression) {
        ExpressionCheck check = new ExpressionCheck(new ArrayList<>(), new LinkedHashSet<>());
        ExpressionNode root;
        try {
            root = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS).build(expression)
                    .getRoot();
        } catch (TreeBuilderException e) {
            check.problems.add(Reason.of("guardProblem.doesNotParse",
                    "the expression " + expression + " does not parse: " + e.getMessage(), expression, e.getMessage()));
            return check;
        }
        check.visit(root);
        return check;
    }

    private void visit(Node node) {
        if (node instanceof AstMethod method) {
            AstProperty called = (AstProperty) method.getChild(0);
            member(called, true);
            visitChildren(called);
            visit(method.getChild(1));
            return;
        }
        if (node instanceof AstProperty property) {
            member(property, false);
        } else if (node instanceof AstIdentifier identifier) {
            name(identifier.getName());
        } else if (node instanceof AstFunction function && !DiagramBeanList.FUNCTIONS.contains(function.getName())) {
            problems.add(Reason.of("guardProblem.function",
                    "it calls the function " + function.getName() + "(), which diagrams may not use", function.getName()));
        }
        visitChildren(node);
    }

    private void visitChildren(Node node) {
        for (int i = 0; i < node.getCardinality(); i++) {
            visit(node.getChild(i));
        }
    }

    private void name(String name) {
        if (!DiagramBeanList.ENGINE_NAMES.contains(name) && !DiagramBeanList.isBean(name)) {
            names.add(name);
        }
    }

    /** A method call or property read on what the property's prefix evaluates to. */
    private void member(AstProperty property, boolean call) {
        String member = memberName(property);
        Node prefix = property.getChild(0);
        String root = prefix instanceof AstIdentifier identifier ? identifier.getName() : null;
        boolean bean = root != null && DiagramBeanList.isBean(root);
        boolean engine = root != null && DiagramBeanList.ENGINE_NAMES.contains(root);
        if (member == null) {
            if (bean || engine || call) {
                problems.add(root == null
                        ? Reason.of("guardProblem.computedMemberOfValue", "it computes which member of a value to use;"
                                + " name it directly")
                        : Reason.of("guardProblem.computedMember", "it computes which member of " + root
                                + " to use; name it directly", root));
            }
            return;
        }
        if (NEVER_READ.contains(member) || member.equals("getClass") || member.equals("forName")) {
            problems.add(Reason.of("guardProblem.leadsOut", "it uses " + member + ", which leads out of the process data",
                    member));
        } else if (bean && (!call || !DiagramBeanList.methodsOf(root).contains(member))) {
            problems.add(offered(root, DiagramBeanList.methodsOf(root), member));
        } else if (engine && (call ? !DiagramBeanList.ENGINE_READS.contains(member)
                : DiagramBeanList.gettersOf(member).stream().noneMatch(DiagramBeanList.ENGINE_READS::contains))) {
            problems.add(Reason.of("guardProblem.engineRead", "it uses " + root + "." + member
                    + "; diagrams read only variables, ids and names from " + root
                    + " (getVariable, processBusinessKey, ...)", root, member));
        } else if (!bean && !engine && call && !DiagramBeanList.isValueMethod(member)) {
            problems.add(Reason.of("guardProblem.valueCall", "it calls " + member + "() on a value, which diagrams may not do",
                    member));
        }
    }

    private static Reason offered(String bean, Set<String> methods, String member) {
        if (methods.isEmpty()) {
            return Reason.of("guardProblem.offersNothing", bean + " offers no methods to expressions (the engine"
                    + " calls it), not " + member, bean, member);
        }
        String listed = String.join(", ", methods.stream().sorted().toList());
        return Reason.of("guardProblem.offersOnly", bean + " offers only " + listed + ", not " + member, bean, listed,
                member);
    }

    /** The member's name, or null when an expression computes it ({@code x[name]}). */
    private static String memberName(AstProperty property) {
        if (property instanceof AstDot) {
            return property.toString().substring(2); // AstDot prints ". name"
        }
        if (property instanceof AstBracket && property.getChild(1) instanceof AstString literal) {
            String quoted = literal.toString();
            return quoted.substring(1, quoted.length() - 1);
        }
        return null;
    }
}
