package org.casecoordination.processes.deployment;

import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.casecoordination.processes.deployment.ProcessDeployments.How;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Deploys processes/ and forms/ at start-up. A file that fails validation or the engine's parser stops the start
 * with the file and element named, so a broken diagram never reaches a user.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProcessResourcesDeployer implements ApplicationRunner {

    static final String START_UP = "start-up";

    private final ProcessDeployments deployments;

    ProcessResourcesDeployer(ProcessDeployments deployments) {
        this.deployments = deployments;
    }

    @Override
    public void run(ApplicationArguments args) {
        deploy();
    }

    DeploymentWithDefinitions deploy() {
        try {
            return deployments.redeploy(START_UP, How.START_UP).deployment();
        } catch (ProcessResourcesRejectedException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
