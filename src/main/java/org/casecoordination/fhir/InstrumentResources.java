package org.casecoordination.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casecoordination.assessment.AssessmentResult;
import org.casecoordination.assessment.Instrument;
import org.casecoordination.security.People;
import org.casecoordination.system.Words;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * An instrument result in the screening-assessment style: a QuestionnaireResponse with the answers as given, an
 * Observation of the result (the total score where the instrument has one, its band as the interpretation, the
 * positive domains of the social-needs screen as components) with one member Observation per item, derived from
 * the QuestionnaireResponse. LOINC where LOINC has the instrument, our own code system for the others.
 *
 * <p>Substance-use screens (AUDIT-C, CAGE-AID) are 42 CFR Part 2 information: they never leave through FHIR
 * ({@link #isServed}), because a FHIR reader is a system whose recipients no consent of the client names.
 */
@Component
class InstrumentResources {

    static final String INSTRUMENT_SYSTEM = FhirIds.BASE + "/CodeSystem/instrument";
    static final String ITEM_SYSTEM = FhirIds.BASE + "/CodeSystem/instrument-item";
    static final String BAND_SYSTEM = FhirIds.BASE + "/CodeSystem/instrument-band";
    static final String SOCIAL_NEED_SYSTEM = FhirIds.BASE + "/CodeSystem/social-need";
    static final String ANSWER_SYSTEM = FhirIds.BASE + "/CodeSystem/instrument-answer";
    static final String LOINC = "http://loinc.org";

    /** LOINC panel (the questionnaire) and total score codes; an instrument without a row uses ours. */
    private record Loinc(String panel, String total) {
    }

    private static final Map<Instrument, Loinc> LOINC_CODES = Map.of(
            Instrument.PHQ9, new Loinc("44249-1", "44261-6"),
            Instrument.GAD7, new Loinc("69737-5", "70274-6"),
            Instrument.AUDITC, new Loinc("72109-2", "75626-2"),
            Instrument.AHCHRSN, new Loinc("96777-8", null));

    static final Set<Instrument> PART_2 = Set.of(Instrument.AUDITC, Instrument.CAGEAID);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Words words;
    private final People people;

    InstrumentResources(Words words, People people) {
        this.words = words;
        this.people = people;
    }

    static boolean isServed(Instrument instrument) {
        return !PART_2.contains(instrument);
    }

    Observation observation(AssessmentResult result) {
        Observation observation = common(new Observation(), result);
        observation.setId(String.valueOf(result.getId()));
        Loinc loinc = LOINC_CODES.get(result.getInstrument());
        CodeableConcept code = observation.getCode();
        if (loinc != null && loinc.total() != null) {
            code.addCoding(new Coding(LOINC, loinc.total(), english("instrument." + result.getInstrument().name())
                    + " total score"));
        } else if (loinc != null) {
            code.addCoding(new Coding(LOINC, loinc.panel(), english("instrument." + result.getInstrument().name())));
        }
        code.addCoding(new Coding(INSTRUMENT_SYSTEM, instrumentCode(result.getInstrument()),
                english("instrument." + result.getInstrument().name())));
        code.setText(english("instrument." + result.getInstrument().name()));
        if (result.getScore() != null) {
            observation.setValue(new IntegerType(result.getScore()));
        }
        if (result.getBand() != null) {
            observation.addInterpretation().addCoding(new Coding(BAND_SYSTEM, kebab(result.getBand()),
                    english("band." + result.getBand()))).setText(english("band." + result.getBand()));
        }
        for (String domain : result.getPositiveDomains()) {
            var component = observation.addComponent();
            component.getCode().addCoding(new Coding(SOCIAL_NEED_SYSTEM, kebab(domain),
                    english("socialNeed." + domain)));
            component.setValue(new org.hl7.fhir.r4.model.BooleanType(true));
        }
        List<Item> items = items(result);
        for (int i = 0; i < items.size(); i++) {
            observation.addHasMember(new Reference("Observation/" + itemId(result, i + 1)));
        }
        observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + result.getId()));
        return observation;
    }

    /** One item's answer as its own Observation ({@code <result>-<item number>}), or null past the last item. */
    Observation item(AssessmentResult result, int number) {
        List<Item> items = items(result);
        if (number < 1 || number > items.size()) {
            return null;
        }
        Item item = items.get(number - 1);
        Observation observation = common(new Observation(), result);
        observation.setId(itemId(result, number));
        observation.getCode().addCoding(new Coding(ITEM_SYSTEM, itemCode(result.getInstrument(), item.linkId()),
                null)).setText(result.getInstrument().shortName() + " item " + item.linkId());
        observation.setValue(item.value() instanceof Integer n ? new IntegerType(n)
                : new CodeableConcept().addCoding(new Coding(ANSWER_SYSTEM, kebab(String.valueOf(item.value())),
                        null)));
        observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + result.getId()));
        return observation;
    }

    QuestionnaireResponse questionnaireResponse(AssessmentResult result) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(String.valueOf(result.getId()));
        if (result.getAdministeredAt() != null) {
            response.getMeta().setLastUpdated(Date.from(result.getAdministeredAt()));
        }
        Loinc loinc = LOINC_CODES.get(result.getInstrument());
        response.setQuestionnaire(loinc != null ? "http://loinc.org/q/" + loinc.panel()
                : FhirIds.BASE + "/Questionnaire/" + instrumentCode(result.getInstrument()));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(patient(result));
        if (result.getAdministeredAt() != null) {
            response.setAuthored(Date.from(result.getAdministeredAt()));
        }
        response.setAuthor(new Reference().setDisplay(people.fullName(result.getAdministeredBy())));
        for (Item item : items(result)) {
            var answer = response.addItem().setLinkId(item.linkId()).addAnswer();
            answer.setValue(item.value() instanceof Integer n ? new IntegerType(n)
                    : new Coding(ANSWER_SYSTEM, kebab(String.valueOf(item.value())), null));
        }
        return response;
    }

    private <T extends Observation> T common(T observation, AssessmentResult result) {
        observation.setStatus(Observation.ObservationStatus.FINAL);
        if (result.getAdministeredAt() != null) {
            // a result is never changed once recorded
            observation.getMeta().setLastUpdated(Date.from(result.getAdministeredAt()));
        }
        observation.addCategory().addCoding(new Coding(
                "http://terminology.hl7.org/CodeSystem/observation-category", "survey", "Survey"));
        observation.setSubject(patient(result));
        if (result.getAdministeredAt() != null) {
            observation.setEffective(new DateTimeType(Date.from(result.getAdministeredAt())));
        }
        observation.addPerformer(new Reference().setDisplay(people.fullName(result.getAdministeredBy())));
        return observation;
    }

    /** The answers as items: "1", "2", … for the numbered instruments; the question's name for the AHC screen. */
    private record Item(String linkId, Object value) {
    }

    private static List<Item> items(AssessmentResult result) {
        JsonNode answers;
        try {
            answers = JSON.readTree(result.getAnswers());
        } catch (java.io.IOException e) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        if (answers.isArray()) {
            for (int i = 0; i < answers.size(); i++) {
                items.add(new Item(String.valueOf(i + 1), answers.get(i).asInt()));
            }
        } else if (answers.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = answers.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isArray()) {
                    value.forEach(choice -> items.add(new Item(field.getKey(), choice.asText())));
                } else {
                    items.add(new Item(field.getKey(), value.isInt() ? (Object) value.asInt() : value.asText()));
                }
            }
        }
        return items;
    }

    static String itemId(AssessmentResult result, int number) {
        return result.getId() + "-" + number;
    }

    private static Reference patient(AssessmentResult result) {
        return new Reference("Patient/" + result.getCareCase().getClient().getId());
    }

    private static String instrumentCode(Instrument instrument) {
        return instrument.name().toLowerCase(Locale.ROOT);
    }

    private static String itemCode(Instrument instrument, String linkId) {
        return instrumentCode(instrument) + "-" + kebab(linkId);
    }

    private static String kebab(String code) {
        return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Code displays are the code system's words, in English, whoever reads them. */
    private String english(String key) {
        return words.text(Locale.ENGLISH, key);
    }
}
