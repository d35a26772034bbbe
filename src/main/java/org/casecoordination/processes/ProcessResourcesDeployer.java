package org.casecoordination.processes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.casecoordination.casefile.CaseStage;
import org.casecoordination.forms.FormSchemaParser;
import org.casecoordination.forms.InvalidFormException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ as one deployment with stable resource names, so form references resolve within
 * the same deployment (formRefBinding="deployment"). Duplicate filtering makes an unchanged set a no-op and any
 * change a new deployment of all files together. A file the engine cannot parse stops the start with its name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProcessResourcesDeployer implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "case-coordination";
    private static final Logger log = LoggerFactory.getLogger(ProcessResourcesDeployer.class);
    private static final String[] PATTERNS = {"processes/*.bpmn", "processes/*.dmn", "forms/*.form"};

    private final RepositoryService repositoryService;
    private final String location;

    /** @param location where processes/ and forms/ are: the classpath by default (they are packaged in the jar) */
    ProcessResourcesDeployer(RepositoryService repositoryService,
            @Value("${case-coordination.process-resources:classpath*:}") String location) {
        this.repositoryService = repositoryService;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        deploy();
    }

    DeploymentWithDefinitions deploy() throws IOException {
        List<Resource> resources = findResources();
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .enableDuplicateFiltering(false);
        Set<String> formIds = new HashSet<>();
        for (Resource resource : resources) { // forms/ sorts before processes/, so form ids are known first
            String name = resourceName(resource);
            try (InputStream in = resource.getInputStream()) {
                byte[] content = in.readAllBytes();
                if (name.endsWith(".form")) {
                    formIds.add(checkForm(name, content));
                } else if (name.endsWith(".bpmn")) {
                    checkProcess(name, content, formIds);
                }
                builder.addInputStream(name, new ByteArrayInputStream(content));
            }
        }
        try {
            DeploymentWithDefinitions deployment = builder.deployWithResult();
            log.info("Deployed {} resources from processes/ and forms/ (deployment {})", resources.size(),
                    deployment.getId());
            return deployment;
        } catch (ParseException e) {
            throw new IllegalStateException(describe(e), e);
        } catch (ProcessEngineException e) {
            throw new IllegalStateException("processes/ and forms/ cannot be deployed: " + e.getMessage(), e);
        }
    }

    /** The engine only reads a form's id; a form Tasklist or this app cannot use must stop the start too. */
    private static String checkForm(String name, byte[] content) {
        try {
            return new FormSchemaParser().parse(new ByteArrayInputStream(content), name).id();
        } catch (InvalidFormException e) {
            throw new IllegalStateException("A form in forms/ cannot be deployed: " + e.getMessage(), e);
        }
    }

    /**
     * A misspelt stage property or form reference would only fail when a case reaches that step (and a task
     * without its form could be completed unchecked); refuse it now.
     */
    private static void checkProcess(String name, byte[] content, Set<String> formIds) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            return; // the engine's own parser reports it with line and element
        }
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            try {
                StageOfActivity.of(element);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("A process file in processes/ cannot be deployed:\n  " + name + " ["
                        + element.getId() + "]: the stage property must be one of "
                        + java.util.Arrays.toString(CaseStage.values()), e);
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaFormRef() == null || !formIds.contains(task.getCamundaFormRef())) {
                throw new IllegalStateException("A process file in processes/ cannot be deployed:\n  " + name + " ["
                        + task.getId() + "]: its formRef \"" + task.getCamundaFormRef()
                        + "\" names no form in forms/ (every user task needs one: it is how completions are checked)");
            }
        }
    }

    private static String describe(ParseException e) {
        StringBuilder message = new StringBuilder("A process file in processes/ cannot be deployed:");
        e.getResorceReports().forEach(report -> report.getErrors().forEach(error -> message
                .append("\n  ").append(report.getResourceName())
                .append(error.getElementIds().isEmpty() ? "" : " " + error.getElementIds())
                .append(" line ").append(error.getLine()).append(": ").append(error.getMessage())));
        return message.toString();
    }

    private List<Resource> findResources() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>();
        for (String pattern : PATTERNS) {
            for (Resource resource : resolver.getResources(location + pattern)) {
                resources.add(resource);
            }
        }
        resources.sort(Comparator.comparing(ProcessResourcesDeployer::resourceName));
        if (resources.stream().noneMatch(r -> resourceName(r).endsWith(".bpmn"))) {
            throw new IllegalStateException("No process found under processes/ on the classpath");
        }
        return resources;
    }

    /** processes/case-lifecycle.bpmn or forms/intake.form, whatever the host's directory layout. */
    static String resourceName(Resource resource) {
        String folder = resource.getFilename().endsWith(".form") ? "forms/" : "processes/";
        return folder + resource.getFilename();
    }
}
