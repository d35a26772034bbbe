package org.casecoordination.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.system.Dates;
import org.springframework.stereotype.Component;

/** Each given instrument's scores over time on a case, in the order of {@link Instrument}. */
@Component
public class InstrumentTrends {

    private final AssessmentService assessments;
    private final ObjectMapper json;
    private final Dates dates;

    InstrumentTrends(AssessmentService assessments, ObjectMapper json, Dates dates) {
        this.assessments = assessments;
        this.json = json;
        this.dates = dates;
    }

    /** For a case the caller has already opened through CaseFileService (the case page). */
    public List<InstrumentTrend> of(CareCase careCase) {
        List<InstrumentTrend> trends = new ArrayList<>();
        List<AssessmentResult> history = assessments.historyOf(careCase);
        for (Instrument instrument : Instrument.values()) {
            List<AssessmentResult> results = history.stream().filter(r -> r.getInstrument() == instrument).toList();
            if (!results.isEmpty()) {
                trends.add(new InstrumentTrend(instrument, results,
                        instrument.maxScore() == null ? null : chart(instrument, results)));
            }
        }
        return trends;
    }

    private String chart(Instrument instrument, List<AssessmentResult> latestFirst) {
        List<String> labels = new ArrayList<>();
        List<Integer> scores = new ArrayList<>();
        for (int i = latestFirst.size() - 1; i >= 0; i--) {
            labels.add(dates.dateTime(latestFirst.get(i).getAdministeredAt()));
            scores.add(latestFirst.get(i).getScore());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("label", instrument.shortName());
        chart.put("labels", labels);
        chart.put("scores", scores);
        chart.put("max", instrument.maxScore());
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
