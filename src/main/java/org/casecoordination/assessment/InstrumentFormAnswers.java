package org.casecoordination.assessment;

import java.util.List;
import java.util.Map;
import org.casecoordination.forms.FieldError;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.FormValidator;
import org.casecoordination.forms.FormValues;
import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * An instrument filled in on its Camunda Form: checked like any form, turned into the API's answers through the
 * instrument's {@link AnswerKey}, then scored and stored by {@link AssessmentService}, the same door as the API.
 * Every refusal names the form field it is about, so the page shows it next to the question.
 */
@Component
public class InstrumentFormAnswers {

    private final AssessmentService assessments;
    private final CurrentUser currentUser;
    private final FormValidator validator = new FormValidator();

    InstrumentFormAnswers(AssessmentService assessments, CurrentUser currentUser) {
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    /**
     * @throws InvalidAnswersException with form keys as fields (null for a problem of no one question)
     */
    public AssessmentResult record(String caseNumber, Instrument instrument, FormDefinition form,
            Map<String, String[]> parameters) {
        Map<String, Object> values = FormValues.fromRequestParameters(form, parameters);
        List<FieldError> errors = validator.validate(form, values);
        if (!errors.isEmpty()) {
            throw new InvalidAnswersException(errors);
        }
        AnswerKey key = AnswerKeys.of(instrument);
        var answers = key.toAnswers(values); // refuses option values that drifted from the key, by form field
        try {
            return assessments.record(caseNumber, instrument.code(), answers, null, currentUser.id());
        } catch (InvalidAnswersException e) {
            throw new InvalidAnswersException(e.errors().stream()
                    .map(error -> new FieldError(key.formKeyOf(error.field()).orElse(null), error.message()))
                    .toList());
        }
    }
}
