package org.casecoordination.processes.guard;

import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.context.ApplicationContext;

/**
 * Camunda's Spring expression manager with its own resolver chain: variables first, as in Camunda's, then
 * read-only lists, maps and arrays, then {@link GuardedElResolver} instead of the whole application context and
 * the unrestricted bean resolver. DMN's JUEL expressions go through it too (the engine hands it to the DMN
 * engine as its EL provider). Camunda's test-only Mocks resolver is left out.
 */
class GuardedExpressionManager extends SpringExpressionManager {

    private final DiagramCodeRefusals refusals;

    GuardedExpressionManager(ApplicationContext applicationContext, DiagramCodeRefusals refusals) {
        super(applicationContext);
        this.refusals = refusals;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        resolver.add(new GuardedElResolver(applicationContext, refusals));
        return resolver;
    }
}
