package org.casecoordination.processes.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.processes.StageReachedListener;

/**
 * Attaches the {@link StageReachedListener} (the case file's) to the start of each step whose diagram element declares a case stage
 * (Modeler: Extension properties, name "stage") when a diagram is deployed. Reading the property once per
 * deployment replaces a Spring event for every start, end and taken sequence flow of every execution, a
 * noticeable share of the app's own work per step in the lifecycle benchmark. A stage that is no
 * {@link CaseStage} never gets here: {@link ProcessResourceValidator} refuses the deployment first.
 */
@Component
class StageListeners extends AbstractProcessEnginePlugin {

    private static final Namespace CAMUNDA = new Namespace(BpmnNamespaces.CAMUNDA);

    private final StageReachedListener stageListener;

    /** Lazy: the listener needs the engine's services, and the engine needs this plugin first. */
    StageListeners(@Lazy StageReachedListener stageListener) {
        this.stageListener = stageListener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(parseListener());
    }

    /** Built in, like the engine's own: a modification that skips custom listeners still moves the record. */
    private void attach(Element element, ActivityImpl activity) {
        declaredStage(element).ifPresent(stage -> activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                (ExecutionListener) execution -> stageListener.onStageReached(execution, stage)));
    }

    static Optional<CaseStage> declaredStage(Element element) {
        Element extensions = element.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
        if (properties == null) {
            return Optional.empty();
        }
        return properties.elementsNS(CAMUNDA, "property").stream()
                .filter(property -> StageOfActivity.STAGE_PROPERTY.equals(property.attribute("name")))
                .map(property -> property.attribute("value"))
                .filter(value -> Arrays.stream(CaseStage.values()).anyMatch(stage -> stage.name().equals(value)))
                .map(CaseStage::valueOf)
                .findFirst();
    }

    /** Every kind of step an analyst may put a stage on. */
    private BpmnParseListener parseListener() {
        return new AbstractBpmnParseListener() {
            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseScriptTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseManualTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseTransaction(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseExclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseInclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseParallelGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseEventBasedGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }
        };
    }
}
