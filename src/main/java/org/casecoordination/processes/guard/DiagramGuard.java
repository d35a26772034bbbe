package org.casecoordination.processes.guard;

import java.util.ArrayList;
import javax.script.ScriptEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptingEngines;
import org.camunda.bpm.engine.impl.scripting.engine.CamundaScriptEngineManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The engine's half of "a deployed diagram can never run code beyond its data contract": the guarded
 * expression manager for BPMN and DMN expressions, no script engine in any language (JUEL scripts included,
 * which would bypass the expression manager), and {@link DiagramCodeDeployer} before the engine's deployers.
 * FEEL needs nothing here: Camunda builds its FEEL engine with external (Java) functions off.
 */
@Component
class DiagramGuard extends AbstractProcessEnginePlugin {

    private final ApplicationContext applicationContext;
    private final DiagramCodeRefusals refusals;

    DiagramGuard(ApplicationContext applicationContext, DiagramCodeRefusals refusals) {
        this.applicationContext = applicationContext;
        this.refusals = refusals;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new GuardedExpressionManager(applicationContext, refusals));
        configuration.setScriptingEngines(new NoScripts(refusals));
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(0, new DiagramCodeDeployer(refusals));
    }

    /** Every script language refused where the engine looks one up: BPMN scripts, script conditions, DMN. */
    private static final class NoScripts extends ScriptingEngines {

        private final DiagramCodeRefusals refusals;

        NoScripts(DiagramCodeRefusals refusals) {
            super(new DefaultScriptEngineResolver(new CamundaScriptEngineManager()));
            this.refusals = refusals;
        }

        @Override
        public ScriptEngine getScriptEngineForLanguage(String language) {
            throw refusals.refuse("a script", null, "it runs a script in " + language
                    + "; diagrams and decisions may not run scripts");
        }
    }
}
