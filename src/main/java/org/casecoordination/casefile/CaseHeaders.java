package org.casecoordination.casefile;

import org.casecoordination.processes.ActivityNames;
import org.casecoordination.security.People;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.task.Task;
import org.casecoordination.client.Client;
import org.casecoordination.processes.CaseStage;
import org.casecoordination.system.Words;
import org.casecoordination.system.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Builds the {@link CaseHeader} of a case file the caller was already allowed to open. */
@Component
class CaseHeaders {

    private final CaseFlags caseFlags;
    private final People names;
    private final Words words;
    private final Languages languages;
    private final Clock clock;
    private final ActivityNames activityNames;

    @Autowired
    CaseHeaders(CaseFlags caseFlags, People names, Words words, Languages languages, ActivityNames activityNames) {
        this(caseFlags, names, words, languages, activityNames, Clock.systemDefaultZone());
    }

    CaseHeaders(CaseFlags caseFlags, People names, Words words, Languages languages, ActivityNames activityNames,
            Clock clock) {
        this.activityNames = activityNames;
        this.caseFlags = caseFlags;
        this.names = names;
        this.words = words;
        this.languages = languages;
        this.clock = clock;
    }

    CaseHeader of(CaseFile caseFile) {
        Client client = caseFile.client();
        CareCase careCase = caseFile.careCase();
        Integer age = client.getDateOfBirth() == null ? null : client.ageOn(LocalDate.now(clock));
        List<CaseHeader.Flag> flags = caseFlags.open(careCase).stream()
                .map(flag -> new CaseHeader.Flag(flag.getKind().name(), words.label("caseFlag", flag.getKind().name()),
                        raisedBy(flag.getReason()), flag.getRaisedAt()))
                .toList();
        return new CaseHeader(client.fullName(), age, language(client),
                blankToNull(client.getPhone()), phoneLink(client.getPhone()),
                blankToNull(client.getCaregiverContact()), flags, steps(careCase.getStage()),
                careCase.getOwner() == null ? null : names.fullName(careCase.getOwner()), names.teamName(careCase.getTeam()),
                careCase.getAcuity(), nextDue(caseFile.openTasks()));
    }

    /** The client's language by name in the reader's language; text from before codes (V47) as written. */
    private String language(Client client) {
        return client.getPreferredLanguage() != null ? languages.name(client.getPreferredLanguage())
                : blankToNull(client.getLanguageAsWritten());
    }

    /** The instruments behind a flag in words; anything else (a code or text without an instrument's name) is left out. */
    private List<String> raisedBy(String reason) {
        if (reason == null || reason.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reason.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .filter(code -> !words.label("instrument", code).equals(code)).map(code -> words.label("instrument", code)).toList();
    }

    static List<CaseHeader.Step> steps(CaseStage stage) {
        int current = stage == CaseStage.CLOSED ? CaseHeader.STEPS.size() : CaseHeader.STEPS.indexOf(stage);
        return CaseHeader.STEPS.stream().map(step -> {
            int index = CaseHeader.STEPS.indexOf(step);
            return new CaseHeader.Step(step, index < current, index == current);
        }).toList();
    }

    private CaseHeader.NextDue nextDue(List<Task> openTasks) {
        Instant now = clock.instant();
        return openTasks.stream().filter(task -> task.getDueDate() != null)
                .min(Comparator.comparing(Task::getDueDate))
                .map(task -> new CaseHeader.NextDue(task.getId(), activityNames.of(task), task.getDueDate().toInstant(),
                        task.getDueDate().toInstant().isBefore(now)))
                .orElse(null);
    }

    /** "+1 (555) 010-2000 ext. 3" becomes "tel:+15550102000"; what is left is what a phone can dial. */
    static String phoneLink(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String trimmed = phone.strip();
        String digits = trimmed.replaceAll("(?i)\\s*(ext|x)\\.?\\s*\\d+$", "").replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return null;
        }
        return "tel:" + (trimmed.startsWith("+") ? "+" : "") + digits;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : Objects.requireNonNull(value).strip();
    }
}
