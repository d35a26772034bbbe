package org.casecoordination.tasklist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.casecoordination.security.AsApplication;
import org.casecoordination.system.NodeSnapshot;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The latest version of each process, held on this node: {@link SupervisorQueueRouting} asks for it on every task
 * created, and the query was a noticeable share of each task's creation in the lifecycle benchmark. Any diagram
 * deployed through this node's engine (the app, Modeler through /engine-rest, a test) is parsed here first, which
 * drops the copy at once and again when the deployment's transaction ends; a version deployed or deleted on another
 * node of a cluster counts here within {@link #FRESH_FOR}.
 */
@Component
class LatestProcessVersions extends AbstractProcessEnginePlugin {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final NodeSnapshot<Map<String, String>> latestIdByKey;

    /** Lazy: the engine's services need the engine, and the engine needs this plugin first. */
    LatestProcessVersions(@Lazy RepositoryService repositoryService, @Lazy AsApplication asApplication) {
        this.latestIdByKey = new NodeSnapshot<>(() -> asApplication.run(() -> repositoryService
                .createProcessDefinitionQuery().latestVersion().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getId, (a, b) -> a))),
                FRESH_FOR);
    }

    /** The id of the latest version of the process with this key, if one is deployed. */
    Optional<String> latestId(String processKey) {
        return Optional.ofNullable(latestIdByKey.get().get(processKey));
    }

    /** Read again at the next question (what this node held named a version deleted since). */
    void forget() {
        latestIdByKey.changed();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                latestIdByKey.changed();
            }
        });
    }
}
