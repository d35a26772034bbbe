package org.casecoordination.assessment;

import static org.casecoordination.assessment.AnswerKey.checklist;
import static org.casecoordination.assessment.AnswerKey.item;
import static org.casecoordination.assessment.AnswerKey.named;
import static org.casecoordination.assessment.AnswerKey.ordered;

import java.util.List;
import java.util.Map;

/**
 * The answer key of each instrument's form: field keys in item order and what each option value scores
 * (shared/domain/INSTRUMENTS.md). Katz and Lawton items are scored here from the option chosen, so the form can
 * show the published descriptions while the scorer gets 0 or 1.
 */
final class AnswerKeys {

    private static final Map<String, Object> FREQUENCY = ordered("0", 0, "1", 1, "2", 2, "3", 3);
    private static final Map<String, Object> YES_NO = ordered("YES", 1, "NO", 0);
    private static final Map<String, Object> INDEPENDENT = ordered("INDEPENDENT", 1, "DEPENDENT", 0);
    private static final Map<String, Object> HOW_OFTEN_HARMED = ordered("1", 1, "2", 2, "3", 3, "4", 4, "5", 5);
    private static final Map<String, Object> FOOD = ordered("OFTEN", "OFTEN", "SOMETIMES", "SOMETIMES",
            "NEVER", "NEVER");

    static final AnswerKey PHQ9 = AnswerKey.items(FREQUENCY, "phq9Interest", "phq9Mood", "phq9Sleep",
            "phq9Energy", "phq9Appetite", "phq9SelfWorth", "phq9Concentration", "phq9Movement", "phq9SelfHarm");

    static final AnswerKey GAD7 = AnswerKey.items(FREQUENCY, "gad7Nervous", "gad7UncontrolledWorry",
            "gad7WorryTooMuch", "gad7TroubleRelaxing", "gad7Restless", "gad7Irritable", "gad7Afraid");

    static final AnswerKey AUDITC = new AnswerKey(List.of(
            item("auditcFrequency", ordered("NEVER", 0, "MONTHLY_OR_LESS", 1, "TWO_TO_FOUR_A_MONTH", 2,
                    "TWO_TO_THREE_A_WEEK", 3, "FOUR_OR_MORE_A_WEEK", 4)),
            item("auditcTypicalDrinks", ordered("ONE_OR_TWO", 0, "THREE_OR_FOUR", 1, "FIVE_OR_SIX", 2,
                    "SEVEN_TO_NINE", 3, "TEN_OR_MORE", 4)),
            item("auditcSixOrMore", ordered("NEVER", 0, "LESS_THAN_MONTHLY", 1, "MONTHLY", 2, "WEEKLY", 3,
                    "DAILY_OR_ALMOST_DAILY", 4))));

    static final AnswerKey CAGEAID = AnswerKey.items(YES_NO, "cageCutDown", "cageAnnoyed", "cageGuilty",
            "cageEyeOpener");

    static final AnswerKey KATZADL = AnswerKey.items(INDEPENDENT, "katzBathing", "katzDressing", "katzToileting",
            "katzTransferring", "katzContinence", "katzFeeding");

    static final AnswerKey LAWTONIADL = new AnswerKey(List.of(
            item("lawtonTelephone", ordered("OWN_INITIATIVE", 1, "WELL_KNOWN_NUMBERS", 1, "ANSWERS_ONLY", 1,
                    "DOES_NOT_USE", 0)),
            item("lawtonShopping", ordered("INDEPENDENT", 1, "SMALL_PURCHASES", 0, "ACCOMPANIED", 0, "UNABLE", 0)),
            item("lawtonFoodPreparation", ordered("INDEPENDENT", 1, "IF_SUPPLIED", 0, "HEATS_PREPARED", 0,
                    "NEEDS_MEALS", 0)),
            item("lawtonHousekeeping", ordered("ALONE", 1, "LIGHT_TASKS", 1, "LIGHT_TASKS_NOT_CLEAN", 1,
                    "NEEDS_HELP", 1, "DOES_NOT_PARTICIPATE", 0)),
            item("lawtonLaundry", ordered("COMPLETELY", 1, "SMALL_ITEMS", 1, "BY_OTHERS", 0)),
            item("lawtonTransportation", ordered("INDEPENDENT", 1, "TAXI", 1, "ACCOMPANIED_PUBLIC", 1,
                    "ACCOMPANIED_CAR", 0, "DOES_NOT_TRAVEL", 0)),
            item("lawtonMedications", ordered("RESPONSIBLE", 1, "PREPARED_IN_ADVANCE", 0, "NOT_CAPABLE", 0)),
            item("lawtonFinances", ordered("INDEPENDENT", 1, "DAY_TO_DAY", 1, "INCAPABLE", 0))));

    static final AnswerKey AHCHRSN = new AnswerKey(List.of(
            named("ahcLivingSituation", "livingSituation", ordered("STEADY", "STEADY",
                    "WORRIED_ABOUT_LOSING", "WORRIED_ABOUT_LOSING", "NO_STEADY_PLACE", "NO_STEADY_PLACE")),
            checklist("ahcHousingProblems", "housingProblems", ordered("PESTS", "PESTS", "MOLD", "MOLD",
                    "LEAD", "LEAD", "NO_HEAT", "NO_HEAT", "STOVE", "STOVE", "SMOKE_DETECTORS", "SMOKE_DETECTORS",
                    "WATER_LEAKS", "WATER_LEAKS", AnswerKey.NONE, AnswerKey.NONE)),
            named("ahcFoodWorry", "foodWorry", FOOD),
            named("ahcFoodDidNotLast", "foodDidNotLast", FOOD),
            named("ahcTransportation", "transportation", ordered("YES", "YES", "NO", "NO")),
            named("ahcUtilities", "utilities", ordered("YES", "YES", "NO", "NO", "ALREADY_SHUT_OFF",
                    "ALREADY_SHUT_OFF")),
            named("ahcPhysicallyHurt", "physicallyHurt", HOW_OFTEN_HARMED),
            named("ahcInsulted", "insulted", HOW_OFTEN_HARMED),
            named("ahcThreatened", "threatened", HOW_OFTEN_HARMED),
            named("ahcScreamedAt", "screamedAt", HOW_OFTEN_HARMED)));

    static AnswerKey of(Instrument instrument) {
        return switch (instrument) {
            case PHQ9 -> PHQ9;
            case GAD7 -> GAD7;
            case AUDITC -> AUDITC;
            case CAGEAID -> CAGEAID;
            case KATZADL -> KATZADL;
            case LAWTONIADL -> LAWTONIADL;
            case AHCHRSN -> AHCHRSN;
        };
    }

    private AnswerKeys() {
    }
}
