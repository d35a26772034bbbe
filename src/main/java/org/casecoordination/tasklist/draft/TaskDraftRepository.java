package org.casecoordination.tasklist.draft;

import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TaskDraftRepository extends Repository<TaskDraft, Long> {

    Optional<TaskDraft> findByTaskIdAndUserId(String taskId, String userId);

    TaskDraft save(TaskDraft draft);

    @Modifying
    @Query("delete from TaskDraft d where d.taskId = ?1 and d.userId = ?2")
    int deleteByTaskIdAndUserId(String taskId, String userId);
}
