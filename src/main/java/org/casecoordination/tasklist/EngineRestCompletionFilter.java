package org.casecoordination.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.system.CachedBodyRequest;
import org.casecoordination.system.EnginePath;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API (and Tasklist, which uses it) completes tasks without checking their forms. This filter
 * checks a completion before the engine sees it, with the same {@link TaskFormCheck} as the app, and answers 400
 * naming the fields when it is invalid; a valid one goes on unchanged. The engine-side listener checks again.
 */
class EngineRestCompletionFilter extends OncePerRequestFilter {

    /** After any of the engine API's prefixes ({@link EnginePath}). */
    private static final Pattern COMPLETION = Pattern.compile("^/task/([^/]+)/(complete|submit-form)/?$");

    private final TaskService taskService;
    private final TaskFormCheck formCheck;
    private final ObjectMapper json;

    EngineRestCompletionFilter(TaskService taskService, TaskFormCheck formCheck, ObjectMapper json) {
        this.taskService = taskService;
        this.formCheck = formCheck;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || EnginePath.of(request).filter(path -> path.matches(COMPLETION)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EnginePath path = EnginePath.of(request).orElseThrow();
        Matcher matcher = path.matcher(COMPLETION);
        matcher.matches();
        String webappEngine = path.webappEngine();
        if (webappEngine != null && !loggedInToCamundaWebapp(request, webappEngine)) {
            chain.doFilter(request, response); // Camunda's webapp refuses it, and we say nothing about the task
            return;
        }
        CachedBodyRequest cached = CachedBodyRequest.of(request);
        Task task = taskService.createTaskQuery().taskId(matcher.group(1)).singleResult();
        if (task == null || task.getProcessDefinitionId() == null) {
            chain.doFilter(cached, response); // the engine answers 404 its own way
            return;
        }
        JsonNode body = cached.body().length == 0 ? json.createObjectNode() : readOrNull(cached.body());
        if (body == null) {
            chain.doFilter(cached, response);
            return;
        }
        TaskFormCheck.Result check = formCheck.checkSubmitted(task.getProcessDefinitionId(),
                task.getTaskDefinitionKey(), submittedValues(body.path("variables")));
        if (check.isValid()) {
            chain.doFilter(cached, response);
            return;
        }
        TaskValidationException invalid = new TaskValidationException(check.errors());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "InvalidRequestException");
        error.put("message", "Cannot complete task " + task.getId() + ": " + invalid.getMessage());
        error.put("errors", check.errors());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), error);
    }

    /** Engine REST variables ({"value": .., "type": "Json"|"String"|..}) as plain JSON values. */
    private Map<String, Object> submittedValues(JsonNode variables) throws IOException {
        Map<String, Object> values = new HashMap<>();
        var fields = variables.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            JsonNode value = entry.getValue().path("value");
            boolean jsonText = "json".equalsIgnoreCase(entry.getValue().path("type").asText()) && value.isTextual();
            values.put(entry.getKey(), jsonText ? json.readTree(value.asText()) : value);
        }
        return values;
    }

    /** Camunda's webapp filters run after this one; its session tells whether the caller has logged in. */
    private static boolean loggedInToCamundaWebapp(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && authentications.hasAuthenticationForProcessEngine(engineName);
    }

    private JsonNode readOrNull(byte[] body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null; // malformed JSON: the engine REST API reports it
        }
    }
}
