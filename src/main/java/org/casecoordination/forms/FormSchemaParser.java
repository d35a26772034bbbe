package org.casecoordination.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads Camunda Forms (form-js JSON) and refuses those Camunda 7.24 Tasklist would not render, so a broken
 * form fails at deployment or in a test rather than in front of a user. Thread-safe.
 */
public class FormSchemaParser {

    /** The schema version of form-js 1.8, which Camunda 7.24 Tasklist bundles. */
    public static final int MAX_SCHEMA_VERSION = 16;

    public FormDefinition parse(String json) {
        return parse(json, "form");
    }

    public FormDefinition parse(InputStream in, String resourceName) {
        try (in) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resourceName);
        } catch (IOException unreadable) {
            throw new InvalidFormException(resourceName, "cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    public FormDefinition parse(String json, String resourceName) {
        JsonNode root = readTree(json, resourceName);
        if (root == null || !root.isObject()) {
            throw new InvalidFormException(resourceName, "is not a JSON object");
        }
        JsonNode id = root.get("id");
        if (id == null || !id.isTextual() || id.textValue().isBlank()) {
            throw new InvalidFormException(resourceName, "has no id");
        }
        checkSchemaVersion(root.get("schemaVersion"), resourceName);
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new InvalidFormException(resourceName, "has no components array");
        }
        return new FormDefinition(id.textValue(), new ComponentReader(resourceName).readAll(components));
    }

    private static JsonNode readTree(String json, String resourceName) {
        if (json == null || json.isBlank()) {
            throw new InvalidFormException(resourceName, "is empty");
        }
        try {
            return JsonValues.MAPPER.readTree(json);
        } catch (JsonProcessingException invalid) {
            var location = invalid.getLocation();
            String where = location == null ? ""
                    : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new InvalidFormException(resourceName, "is not valid JSON" + where + ": "
                    + invalid.getOriginalMessage(), invalid);
        }
    }

    private static void checkSchemaVersion(JsonNode version, String resourceName) {
        if (version == null || version.isNull()) {
            return;
        }
        if (!version.isIntegralNumber()) {
            throw new InvalidFormException(resourceName, "has schemaVersion '" + version.asText() + "', not a number");
        }
        if (version.asLong() > MAX_SCHEMA_VERSION) {
            throw new InvalidFormException(resourceName, "has schemaVersion " + version.asLong()
                    + "; Camunda 7.24 Tasklist renders up to " + MAX_SCHEMA_VERSION);
        }
    }
}
