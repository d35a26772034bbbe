package org.casecoordination.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.casecoordination.security.AsApplication;
import org.springframework.stereotype.Component;

/**
 * The document templates of the newest deployment of processes/, forms/ and documents/: a document is made from
 * the template deployed now, and records that deployment as the template's version, so the exact template can be
 * read again later. Deployments never change, so a template is read once.
 */
@Component
class DeployedTemplates {

    /** The app's one deployment (processes.deployment.ProcessDeployments names it so). */
    static final String DEPLOYMENT_NAME = "case-coordination";

    /** How many deployments back a template is looked for. */
    private static final int LOOK_BACK = 20;

    private final RepositoryService repositoryService;
    private final AsApplication asApplication;
    private final Map<String, Optional<String>> texts = new ConcurrentHashMap<>();

    DeployedTemplates(RepositoryService repositoryService, AsApplication asApplication) {
        this.repositoryService = repositoryService;
        this.asApplication = asApplication;
    }

    /** A template as deployed: its resource name, its version (the deployment) and its text. */
    record DeployedTemplate(String name, String version, String language, String text) {
    }

    /**
     * The kind's template in this language: from the newest deployment, or when that one has none (a process folder
     * set up before documents/ existed), from the newest deployment that has it; empty when none has.
     */
    Optional<DeployedTemplate> find(DocumentKind kind, String language) {
        return newest().find(kind, language);
    }

    /**
     * The newest deployments, read once for several look-ups: the case page's Documents panel asks for every kind
     * in two languages, which read the deployments twenty-odd times per page before.
     */
    Newest newest() {
        return new Newest(asApplication.run(() -> repositoryService.createDeploymentQuery()
                .deploymentName(DEPLOYMENT_NAME).orderByDeploymentTime().desc().listPage(0, LOOK_BACK)).stream()
                .map(Deployment::getId).toList());
    }

    /** Templates as the deployments were when they were read. */
    final class Newest {

        private final List<String> deploymentIds;

        private Newest(List<String> deploymentIds) {
            this.deploymentIds = deploymentIds;
        }

        Optional<DeployedTemplate> find(DocumentKind kind, String language) {
            String name = TemplateName.resourceName(kind, language);
            for (String deploymentId : deploymentIds) {
                Optional<DeployedTemplate> template = texts.computeIfAbsent(deploymentId + "/" + name,
                        key -> read(deploymentId, name))
                        .map(text -> new DeployedTemplate(name, deploymentId, language, text));
                if (template.isPresent()) {
                    return template;
                }
            }
            return Optional.empty();
        }
    }

    private Optional<String> read(String deploymentId, String name) {
        return asApplication.run(() -> {
            if (!repositoryService.getDeploymentResourceNames(deploymentId).contains(name)) {
                return Optional.empty();
            }
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
