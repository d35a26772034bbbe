package org.casecoordination.processes.guard;

import java.util.List;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs before the engine's own deployers, on every deployment whatever sent it (the app, the engine API, Java
 * code) and again whenever the engine reloads a deployment into its cache: a file that names a Java class, runs
 * a script or reaches beyond the listed beans is refused there, so a definition that reached the database
 * some other way does not load.
 */
class DiagramCodeDeployer implements Deployer {

    private final DiagramCodeRefusals refusals;

    DiagramCodeDeployer(DiagramCodeRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (!DiagramCode.isDiagramOrDecision(resource.getName())) {
                continue;
            }
            List<DiagramCode.Finding> refused;
            try {
                refused = DiagramCode.of(resource.getBytes()).refusals();
            } catch (IllegalArgumentException e) {
                continue; // not XML: the engine's own parser says so in its words
            }
            if (!refused.isEmpty()) {
                DiagramCode.Finding first = refused.get(0);
                throw refusals.refuse("deployment " + (deployment.getName() == null ? deployment.getId()
                        : deployment.getName()) + ", file " + resource.getName() + ", element "
                        + first.elementId(), null, first.problem()
                        + (refused.size() > 1 ? " (and " + (refused.size() - 1) + " more)" : ""));
            }
        }
    }
}
