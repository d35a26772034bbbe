package org.casecoordination.tasklist.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Crisis and safety rows first (V44) must not cost the list its speed: with the alert rank in every ORDER BY,
 * each sort of one list is still read in the order of its own index, a page at a time, with no sort of the queue.
 */
@ApplicationTest
class TaskListAlertIndexTests {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @EnumSource(TaskListSort.class)
    void eachSortOfOneListReadsItsIndexInOrder(TaskListSort sort) {
        String plan = String.join("\n", jdbc.queryForList("explain select task_id from task_list_row "
                + "where list_key = 'g:team-north' order by " + sort.orderBy(true)
                + " offset 0 rows fetch next 21 rows only", String.class));

        assertThat(plan).contains("IX_TASK_LIST_" + sort.name().toUpperCase(Locale.ROOT))
                .contains("index sorted");
    }
}
