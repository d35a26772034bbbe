package org.casecoordination.tasklist;

import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * A user's action on a task as one engine command: the checks that may refuse it, then the change they allow. The
 * engine calls inside both ({@link TaskById}, {@code TaskService}'s claim and complete, the form's diagram) join
 * this command's context instead of opening one each, so the task, its executions and its process definition are
 * read once from its entity cache rather than once per call (a claim read the task 3 times, its executions 4 and
 * the process definition 3 inside its transaction).
 *
 * <p>A refusal of the checks (not found, no access, claimed by someone else, invalid values) leaves the command as
 * a result and is thrown again outside it: the engine would log it as a failed command, an error, though nothing
 * was changed. A failure of the change fails the command as the engine's own command would have failed, rolled
 * back without writing what it had begun, logged by the engine as before. Either way the surrounding transaction
 * rolls back.
 */
@Component
class OneEngineCommand {

    private final CommandExecutor commandExecutor;

    OneEngineCommand(ProcessEngine processEngine) {
        this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /**
     * The checks, then the change with what they found. A failure of the change (or of the engine's writing at the
     * end of the command, an optimistic lock) goes through {@code whenChangeFails}, which turns it into what the
     * user is told.
     */
    <C, R> R run(Supplier<C> check, Function<C, R> change,
            Function<RuntimeException, RuntimeException> whenChangeFails) {
        Checked<R> result;
        try {
            result = commandExecutor.execute(new CheckThenChange<>(check, change));
        } catch (RuntimeException failed) {
            throw whenChangeFails.apply(failed);
        }
        if (result.refusal() != null) {
            throw result.refusal();
        }
        return result.value();
    }

    /** The command itself; its name is what the engine's log shows. */
    private record CheckThenChange<C, R>(Supplier<C> check, Function<C, R> change) implements Command<Checked<R>> {

        @Override
        public Checked<R> execute(CommandContext commandContext) {
            C checked;
            try {
                checked = check.get();
            } catch (RuntimeException refused) {
                return new Checked<>(null, refused);
            }
            return new Checked<>(change.apply(checked), null);
        }
    }

    private record Checked<R>(R value, RuntimeException refusal) {
    }
}
