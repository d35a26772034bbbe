package org.casecoordination.casefile;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;

/**
 * What a timeline line says, kept as a message key and its arguments so each reader sees it in their own language
 * and with today's names: {@code TimelineText.of("timeline.safety.raised", Words.label("instrument",
 * "PHQ9"))}. The message itself lives in the bundle (messages/messages*.properties).
 *
 * @param key the message key
 * @param arguments the values the message refers to, by position
 */
public record TimelineText(String key, List<Argument> arguments) {

    public TimelineText {
        arguments = List.copyOf(arguments);
    }

    /**
     * Strings are shown as written, enums by their label, instants and days in the reader's format, tasks by their
     * name in the reader's language.
     */
    public static TimelineText of(String key, Object... arguments) {
        return new TimelineText(key, Arrays.stream(arguments).map(TimelineText::argument).toList());
    }

    private static Argument argument(Object value) {
        if (value == null) {
            return new Plain("");
        } else if (value instanceof Argument argument) {
            return argument;
        } else if (value instanceof Enum<?> code) {
            return Label.of(code);
        } else if (value instanceof Instant instant) {
            return new Moment(instant);
        } else if (value instanceof LocalDate day) {
            return new Day(day);
        } else if (value instanceof Task task) {
            return new TaskName(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName());
        } else if (value instanceof DelegateTask task) {
            return new TaskName(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName());
        }
        return new Plain(value.toString());
    }

    /** One argument of a timeline message; stored as JSON with its kind ({@code {"kind":"person","userId":"cora"}}). */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Plain.class, name = "text"),
            @JsonSubTypes.Type(value = Label.class, name = "label"),
            @JsonSubTypes.Type(value = Person.class, name = "person"),
            @JsonSubTypes.Type(value = Moment.class, name = "moment"),
            @JsonSubTypes.Type(value = Day.class, name = "day"),
            @JsonSubTypes.Type(value = LabelList.class, name = "labels"),
            @JsonSubTypes.Type(value = Nested.class, name = "words"),
            @JsonSubTypes.Type(value = TaskName.class, name = "task")})
    public sealed interface Argument permits Plain, Label, Person, Moment, Day, LabelList, Nested, TaskName {
    }

    /** Words a person typed (a reason, a comment) or a name that needs no translation. */
    public record Plain(String text) implements Argument {
    }

    /** The words for a code, looked up in the reader's language ({@code instrument.PHQ9}). */
    public record Label(String key) implements Argument {
        static Label of(Enum<?> code) {
            return new Label(org.casecoordination.system.Words.labelKey(code));
        }
    }

    /** Someone by login, shown by full name. */
    public record Person(String userId) implements Argument {
    }

    /** A point in time, shown as date and time. */
    public record Moment(Instant at) implements Argument {
    }

    /** A calendar day. */
    public record Day(LocalDate day) implements Argument {
    }

    /** Several codes, each by its label, joined with commas ("Food, Transportation"). */
    public record LabelList(List<String> keys) implements Argument {
    }

    /**
     * A task by the name its process version gives it in the reader's language ({@code processes.ActivityNames});
     * {@code name} is the engine's (English) name, shown when there is no other.
     */
    public record TaskName(String processDefinitionId, String activityId, String name) implements Argument {
    }

    /** A message of its own inside this one ("PHQ-9 recorded: <i>score 12, moderate</i>"). */
    public record Nested(TimelineText text) implements Argument {
    }

    /** Shorthands for the call sites. */
    public static final class Words {
        private Words() {
        }

        public static Label label(String kind, String code) {
            return new Label(kind + "." + code);
        }

        public static Person person(String userId) {
            return new Person(userId);
        }

        public static LabelList labels(String kind, List<String> codes) {
            return new LabelList(codes.stream().map(code -> kind + "." + code).toList());
        }

        public static Nested words(TimelineText text) {
            return new Nested(text);
        }
    }
}
