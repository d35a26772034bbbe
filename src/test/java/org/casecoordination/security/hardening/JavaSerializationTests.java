package org.casecoordination.security.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A Java-serialized variable is a gadget-chain deserialization waiting to happen: the engine refuses the format,
 * also from a caller who may otherwise set that variable through /engine-rest.
 */
@ApplicationTest
class JavaSerializationTests {

    /** java.lang.String "hola", serialized. */
    private static final String SERIALIZED = "rO0ABXQABGhvbGE=";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Cases cases;
    @Autowired
    TaskService taskService;
    @Autowired
    ProcessEngineConfiguration engineConfiguration;

    @Test
    void theEngineHasJavaSerializationOff() {
        assertThat(((ProcessEngineConfigurationImpl) engineConfiguration).isJavaSerializationFormatEnabled())
                .isFalse();
    }

    /** Through /engine-rest nobody but the engine may write task variables at all (TASK_WORK, not UPDATE). */
    @Test
    void aJavaSerializedVariableIsRefusedThroughTheEngineRestApi() {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();

        ResponseEntity<String> serialized = put("/engine-rest/task/" + taskId + "/localVariables/blob", """
                {"value": "%s", "type": "Object",
                 "valueInfo": {"objectTypeName": "java.lang.String",
                               "serializationDataFormat": "application/x-java-serialized-object"}}
                """.formatted(SERIALIZED));
        assertThat(serialized.getStatusCode().isError()).as(serialized.getBody()).isTrue();
        assertThat(taskService.getVariableLocal(taskId, "blob")).isNull();
    }

    /** Whatever a caller is allowed to write, the engine refuses the Java serialization format itself. */
    @Test
    void theEngineRefusesAJavaSerializedValueFromAnyCaller() {
        String taskId = cases.task(cases.open("team-north"), "Task_Intake").getId();
        var javaSerialized = Variables.serializedObjectValue(SERIALIZED)
                .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                .objectTypeName("java.lang.String").create();

        assertThatThrownBy(() -> taskService.setVariableLocal(taskId, "blob", javaSerialized))
                .hasMessageContaining("Java serialization format is prohibited");
        assertThat(taskService.getVariableLocal(taskId, "blob")).isNull();
    }

    private ResponseEntity<String> put(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth("cora", "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers),
                String.class);
    }
}
