package org.casecoordination.processes.guard;

import java.beans.FeatureDescriptor;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The last resolvers of the engine's expressions, after the variables: names resolve to the beans made for
 * diagrams only, and methods and properties resolve per type from {@link DiagramBeanList}. Hiding the other
 * bean names would not be enough: {@code ''.getClass()} or {@code execution.getProcessEngineServices()} go
 * through the ordinary bean resolver, which would call any public method of any value.
 */
class GuardedElResolver extends ELResolver {

    private final BeanELResolver reflective = new BeanELResolver(true);
    private final ApplicationContext beans;
    private final DiagramCodeRefusals refusals;
    private volatile Map<Object, String> listedBeans;

    GuardedElResolver(ApplicationContext beans, DiagramCodeRefusals refusals) {
        this.beans = beans;
        this.refusals = refusals;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (property == null) {
            return null;
        }
        String name = property.toString();
        if (base == null) {
            if (DiagramBeanList.isBean(name) && beans.containsBean(name)) {
                context.setPropertyResolved(true);
                return beans.getBean(name);
            }
            if (beans.containsBean(name)) {
                throw refuse(context, "it names " + name + ", which is no bean made for diagrams");
            }
            return null; // an unknown variable: the engine says so in its own words
        }
        if (!mayRead(base, name)) {
            throw refuse(context, "it reads " + name + " of " + describe(base) + ", which diagrams may not do");
        }
        return reflective.getValue(context, base, property);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null) {
            return null;
        }
        String name = method.toString();
        if (!mayCall(base, name)) {
            throw refuse(context, "it calls " + name + "() on " + describe(base) + ", which diagrams may not do");
        }
        return reflective.invoke(context, base, method, paramTypes, params);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null) {
            throw refuse(context, "it writes " + property + " of " + describe(base));
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base != null) {
            context.setPropertyResolved(true);
        }
        return true;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? null : Object.class;
    }

    private boolean mayCall(Object base, String method) {
        String bean = listedBeans().get(base);
        if (bean != null) {
            return DiagramBeanList.methodsOf(bean).contains(method);
        }
        if (base instanceof VariableScope) {
            return DiagramBeanList.ENGINE_READS.contains(method);
        }
        return DiagramBeanList.valueMethodsOf(base.getClass()).map(methods -> methods.contains(method))
                .orElse(false);
    }

    private boolean mayRead(Object base, String property) {
        Set<String> getters = DiagramBeanList.gettersOf(property);
        if (listedBeans().containsKey(base)) {
            return false;
        }
        if (base instanceof VariableScope) {
            return getters.stream().anyMatch(DiagramBeanList.ENGINE_READS::contains);
        }
        return DiagramBeanList.valueMethodsOf(base.getClass()).map(methods -> getters.stream()
                .anyMatch(methods::contains)).orElse(false);
    }

    /** The listed beans by identity: the bean resolver above hands out these very objects. */
    private Map<Object, String> listedBeans() {
        Map<Object, String> listed = listedBeans;
        if (listed == null) {
            listed = new IdentityHashMap<>();
            for (String name : DiagramBeanList.beanNames()) {
                if (beans.containsBean(name)) {
                    listed.put(beans.getBean(name), name);
                }
            }
            listedBeans = listed;
        }
        return listed;
    }

    private String describe(Object base) {
        String bean = listedBeans().get(base);
        if (bean != null) {
            return bean;
        }
        if (base instanceof DelegateExecution) {
            return "execution";
        }
        if (base instanceof DelegateTask) {
            return "task";
        }
        return "a value of type " + base.getClass().getSimpleName();
    }

    private DiagramCodeRefused refuse(ELContext context, String problem) {
        Object scope = context.getContext(VariableScope.class);
        String where = "an expression";
        String caseNumber = null;
        if (scope instanceof DelegateExecution execution) {
            where = "definition " + execution.getProcessDefinitionId() + ", element "
                    + execution.getCurrentActivityId();
            caseNumber = execution.getProcessBusinessKey();
        } else if (scope instanceof DelegateTask task) {
            where = "definition " + task.getProcessDefinitionId() + ", element " + task.getTaskDefinitionKey();
            caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        }
        return refusals.refuse(where, caseNumber, problem);
    }
}
