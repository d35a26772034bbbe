package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnginePathTests {

    @Test
    void theThreePrefixesOfCamundasRestApiGiveTheSameResource() {
        assertThat(EnginePath.of("/engine-rest/task/42/complete")).contains(new EnginePath(null, "/task/42/complete"));
        assertThat(EnginePath.of("/engine-rest/engine/default/task/42/complete"))
                .contains(new EnginePath(null, "/task/42/complete"));
        assertThat(EnginePath.of("/camunda/api/engine/engine/default/task/42/complete"))
                .contains(new EnginePath("default", "/task/42/complete"));
    }

    @Test
    void repeatedSlashesCountAsOneAsJerseyRoutesThem() {
        assertThat(EnginePath.of("/engine-rest//engine//default///user/create"))
                .contains(new EnginePath(null, "/user/create"));
    }

    @Test
    void otherPathsAreNoEngineRequest() {
        assertThat(EnginePath.of("/api/tasks/42")).isEmpty();
        assertThat(EnginePath.of("/camunda/api/admin/auth/user/default")).isEmpty();
        assertThat(EnginePath.of("/engine-restless/task")).isEmpty();
        assertThat(EnginePath.of("/engine-rest")).contains(new EnginePath(null, ""));
    }
}
