package org.casecoordination.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.StageRecord;
import org.springframework.stereotype.Component;

/**
 * The service plan as the coordinator last recorded it (the "plan services" form): its goals, one a line as typed,
 * and when it was recorded. A case without one has no plan yet.
 */
@Component
class ServicePlanRecord {

    static final String FORM = "plan-services";
    static final String GOALS = "planGoals";

    record Plan(List<String> goals, Instant recordedAt, String recordedBy) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;

    ServicePlanRecord(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Plan> of(CareCase careCase) {
        List<StageRecord> records = entityManager.createQuery("select r from StageRecord r where r.careCase = :case"
                        + " and r.formId = :form order by r.completedAt desc, r.id desc", StageRecord.class)
                .setParameter("case", careCase).setParameter("form", FORM).setMaxResults(1).getResultList();
        return records.stream().findFirst().map(record -> new Plan(goals(record.getContent()),
                record.getCompletedAt(), record.getCompletedBy()));
    }

    private static List<String> goals(String content) {
        try {
            JsonNode goals = content == null ? null : JSON.readTree(content).get(GOALS);
            return goals == null || goals.isNull() ? List.of()
                    : goals.asText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
