package org.casecoordination.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casecoordination.client.Sex;

/**
 * The screening instruments the application scores (items, bands and flags: shared/domain/INSTRUMENTS.md). Each
 * has a Camunda Form {@code forms/instrument-<code>.form} with its questions. {@code version} names the items and
 * scoring implemented here and is stored with every result: change it when they change.
 */
public enum Instrument {

    PHQ9("PHQ-9", "1", new Phq9Scorer()),
    GAD7("GAD-7", "1", new SummedItemsScorer(new ItemScores("GAD-7", 7, 0, 3),
            Bands.from(0, "MINIMAL", 5, "MILD", 10, "MODERATE", 15, "SEVERE"))),
    AUDITC("AUDIT-C", "1", new AuditCScorer()),
    CAGEAID("CAGE-AID", "1", new SummedItemsScorer(
            new ItemScores("CAGE-AID", 4, 0, 1),
            Bands.from(0, "NEGATIVE", 1, "FURTHER_ASSESSMENT", 2, "CLINICALLY_SIGNIFICANT"))),
    KATZADL("Katz ADL", "1", new SummedItemsScorer(
            new ItemScores("Katz ADL", 6, 0, 1),
            Bands.from(0, "SEVERE_IMPAIRMENT", 3, "MODERATE_IMPAIRMENT", 6, "FULL_FUNCTION"))),
    LAWTONIADL("Lawton IADL", "1", new SummedItemsScorer(
            new ItemScores("Lawton IADL", 8, 0, 1), null)),
    AHCHRSN("AHC HRSN", "1", new AhcScorer());

    private final String shortName;
    private final String version;
    private final InstrumentScorer scorer;

    /** Its heading in each language is {@code instrumentPage.heading.<code>} in messages/forms. */
    Instrument(String shortName, String version, InstrumentScorer scorer) {
        this.shortName = shortName;
        this.version = version;
        this.scorer = scorer;
    }

    /** The instrument with this code, or a refusal naming the codes there are. */
    public static Instrument ofCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidAnswersException("instrument",
                    AnswerWords.text("instrumentCheck.instrument.required", codes()));
        }
        return Arrays.stream(values()).filter(i -> i.name().equals(code.strip())).findFirst()
                .orElseThrow(() -> new InvalidAnswersException("instrument",
                        AnswerWords.text("instrumentCheck.instrument.unknown", code, codes())));
    }

    static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    public Score score(JsonNode answers, Sex sex) {
        return scorer.score(answers, sex);
    }

    public String code() { return name(); }
    public String shortName() { return shortName; }
    public String version() { return version; }

    /** The highest total, for a chart's scale; null for the AHC screen, which has no total. */
    public Integer maxScore() {
        return switch (this) {
            case PHQ9 -> 27;
            case GAD7 -> 21;
            case AUDITC -> 12;
            case CAGEAID -> 4;
            case KATZADL -> 6;
            case LAWTONIADL -> 8;
            case AHCHRSN -> null;
        };
    }

    /** The id of its Camunda Form, e.g. {@code instrument-phq9}. */
    public String formId() {
        return "instrument-" + name().toLowerCase(Locale.ROOT);
    }
}
