package org.casecoordination.processes.engine;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.casecoordination.processes.CaseLifecycleProcess;

/**
 * Checks that the case record and the engine agree: every open case has exactly one active CaseLifecycle
 * instance, every active instance belongs to an open case and waits at something that moves it on (a user task, a
 * job such as a timer or an async step, an external task, or a message other than "close this case"), and every
 * closed case has none. Set-based SQL over the app's and the engine's tables (one database), so it stays cheap
 * at 100,000 cases; answers carry case numbers and instance ids only.
 */
@Component
public class LifecycleInvariant {

    /** How many example ids a finding lists; the counts are always complete. */
    static final int EXAMPLES = 20;

    private static final String LIFECYCLE_INSTANCES = """
            select e.id_ as instance_id, e.business_key_ as case_number from act_ru_execution e
            join act_re_procdef d on d.id_ = e.proc_def_id_
            where e.id_ = e.proc_inst_id_ and d.key_ = '""" + CaseLifecycleProcess.PROCESS_KEY + "'";

    private static final String OPEN_CASES_WITHOUT_INSTANCE = """
            select c.case_number from care_case c
            where c.stage <> 'CLOSED' and not exists (select 1 from (%s) i where i.instance_id = c.process_instance_id)
            order by c.case_number""".formatted(LIFECYCLE_INSTANCES);

    private static final String CASES_WITH_SEVERAL_INSTANCES = """
            select i.case_number from (%s) i group by i.case_number having count(*) > 1
            order by i.case_number""".formatted(LIFECYCLE_INSTANCES);

    private static final String INSTANCES_WITHOUT_OPEN_CASE = """
            select coalesce(i.case_number, i.instance_id) from (%s) i
            where not exists (select 1 from care_case c where c.process_instance_id = i.instance_id
                              and c.stage <> 'CLOSED')
            order by 1""".formatted(LIFECYCLE_INSTANCES);

    // every step the instance stands at (an active leaf execution) must wait for something of its own: a task, a
    // job (timer or async continuation), an external task, an event subscription, or a called process instance
    private static final String INSTANCES_WAITING_FOR_NOTHING = """
            select distinct coalesce(i.case_number, i.instance_id) from (%s) i
            join act_ru_execution w on w.proc_inst_id_ = i.instance_id
            where w.is_active_ = true and w.act_id_ is not null
              and not exists (select 1 from act_ru_execution c where c.parent_id_ = w.id_)
              and not exists (select 1 from act_ru_task t where t.execution_id_ = w.id_)
              and not exists (select 1 from act_ru_job j where j.execution_id_ = w.id_)
              and not exists (select 1 from act_ru_ext_task x where x.execution_id_ = w.id_)
              and not exists (select 1 from act_ru_event_subscr s where s.execution_id_ = w.id_
                              and coalesce(s.event_name_, '') <> '%s')
              and not exists (select 1 from act_ru_execution sub where sub.super_exec_ = w.id_)
            order by 1""".formatted(LIFECYCLE_INSTANCES, CaseLifecycleProcess.MESSAGE_CLOSE_REQUESTED);

    private final JdbcTemplate jdbc;

    LifecycleInvariant(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Result check() {
        return new Result(
                finding(OPEN_CASES_WITHOUT_INSTANCE),
                finding(CASES_WITH_SEVERAL_INSTANCES),
                finding(INSTANCES_WITHOUT_OPEN_CASE),
                finding(INSTANCES_WAITING_FOR_NOTHING));
    }

    private Finding finding(String sql) {
        List<String> ids = jdbc.queryForList(sql, String.class);
        return new Finding(ids.size(), ids.stream().limit(EXAMPLES).toList());
    }

    /** How many records or instances break one rule, and the first few of their ids. */
    public record Finding(int count, List<String> examples) {
        public boolean isEmpty() {
            return count == 0;
        }
    }

    /**
     * @param openCasesWithoutInstance open cases no active instance belongs to (the case would never move)
     * @param casesWithSeveralInstances case numbers with more than one active instance
     * @param instancesWithoutOpenCase active instances of a closed case or of no case at all (by case number, or
     *     instance id when it has none)
     * @param instancesWaitingForNothing active instances standing at a step with no task, job, external task, event or called instance of its own
     */
    public record Result(Finding openCasesWithoutInstance, Finding casesWithSeveralInstances,
            Finding instancesWithoutOpenCase, Finding instancesWaitingForNothing) {

        public boolean holds() {
            return openCasesWithoutInstance.isEmpty() && casesWithSeveralInstances.isEmpty()
                    && instancesWithoutOpenCase.isEmpty() && instancesWaitingForNothing.isEmpty();
        }
    }
}
