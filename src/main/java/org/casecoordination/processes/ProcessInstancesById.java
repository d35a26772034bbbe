package org.casecoordination.processes;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Process instances by id, each read by primary key with the engine's read check for the current caller: the
 * instances a {@code ProcessInstanceQuery.processInstanceIds(…)} gives, without its SQL. That query always adds
 * {@code PARENT_ID_ is null}, which H2's planner takes for a selective condition, so it read every open process
 * instance to find a few (docs/benchmarks.md, "Case page at scale").
 */
@Component
public class ProcessInstancesById {

    /** What callers need of an instance: its case number (business key) and its process version. */
    public record Instance(String id, String businessKey, String processDefinitionId) {
    }

    private final CommandExecutor commandExecutor;

    public ProcessInstancesById(ProcessEngine processEngine) {
        this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** By id; an id of no running instance, or of one the caller may not read, is left out (as the query did). */
    public Map<String, Instance> of(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(processInstanceIds));
        return commandExecutor.execute(context -> ids.stream().map(id -> readable(context, id))
                .filter(Objects::nonNull).collect(Collectors.toMap(Instance::id, Function.identity())));
    }

    private static Instance readable(CommandContext context, String id) {
        ExecutionEntity execution = context.getExecutionManager().findExecutionById(id);
        if (execution == null || !execution.isProcessInstanceExecution()) {
            return null;
        }
        try {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkReadProcessInstance(execution);
            }
        } catch (AuthorizationException notGranted) {
            // the query leaves out what the caller may not read; so does this
            return null;
        }
        return new Instance(execution.getId(), execution.getBusinessKey(), execution.getProcessDefinitionId());
    }
}
