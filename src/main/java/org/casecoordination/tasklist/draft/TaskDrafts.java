package org.casecoordination.tasklist.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.system.ErrorWords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's unfinished answers to a task's form, kept on the server (they are about a client) so that a
 * reload, a closed tab or a validation error loses nothing. Callers check that the user may see the task first;
 * a draft is only ever read back by the person who typed it.
 */
@Service
public class TaskDrafts {

    /** The same limit as a stage record's content: a draft becomes one. */
    static final int MAX_CHARS = 200_000;
    private static final TypeReference<LinkedHashMap<String, List<String>>> FIELDS = new TypeReference<>() {
    };

    private final TaskDraftRepository drafts;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final ErrorWords words;

    TaskDrafts(TaskDraftRepository drafts, CurrentUser currentUser, ObjectMapper json, ErrorWords words) {
        this.words = words;
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** Typed answers: each field's name with the values the browser would post for it. */
    public record Draft(Map<String, List<String>> fields, Instant savedAt) {

        /** The fields as request parameters, for the form's own parsing (FormValues.fromRequestParameters). */
        public Map<String, String[]> asParameters() {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
            return parameters;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Draft> mine(String taskId) {
        return drafts.findByTaskIdAndUserId(taskId, currentUser.id())
                .map(draft -> new Draft(read(draft.getContent()), draft.getSavedAt()));
    }

    /** Keeps these answers as my draft of the task, replacing the one before. */
    @Transactional
    public void save(String taskId, Map<String, List<String>> fields) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name != null && !"_csrf".equals(name) && values != null) { // the session's token is no answer
                kept.put(name, values.stream().filter(java.util.Objects::nonNull).toList());
            }
        });
        String content = write(kept);
        if (content.length() > MAX_CHARS) {
            throw new DraftTooLargeException(words.text("taskDraft.error.tooLarge"));
        }
        TaskDraft draft = drafts.findByTaskIdAndUserId(taskId, currentUser.id())
                .orElseGet(() -> new TaskDraft(taskId, currentUser.id()));
        draft.replace(content);
        drafts.save(draft);
    }

    /** The answers of a post, as {@code request.getParameterMap()} gives them. */
    @Transactional
    public void saveParameters(String taskId, Map<String, String[]> parameters) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        parameters.forEach((name, values) -> fields.put(name, List.of(values)));
        save(taskId, fields);
    }

    @Transactional
    public void discard(String taskId) {
        drafts.deleteByTaskIdAndUserId(taskId, currentUser.id());
    }

    private Map<String, List<String>> read(String content) {
        try {
            return json.readValue(content, FIELDS);
        } catch (JsonProcessingException e) {
            return Map.of(); // an unreadable draft restores nothing rather than breaking the task page
        }
    }

    private String write(Map<String, List<String>> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the draft", e);
        }
    }
}
