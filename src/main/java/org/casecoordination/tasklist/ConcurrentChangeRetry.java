package org.casecoordination.tasklist;

import java.util.function.Supplier;
import org.casecoordination.casefile.CaseConflictException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a user's action in a transaction of its own and, when it lost a race with another change to the same case
 * (the engine's or JPA's optimistic locking, a lock the database gave to the other side), runs it again from the
 * start: the lost attempt was rolled back whole (record and engine share the transaction), so nothing is written
 * twice, and the new attempt sees the winner's change (a claimed task then says who claimed it). When the
 * attempts are spent the user is asked to reload. Inside someone else's transaction it never retries: that
 * transaction is already marked for rollback.
 */
@Component
public class ConcurrentChangeRetry {

    static final int ATTEMPTS = 3;
    public static final String RELOAD = "This case changed while you were working on it. Reload and try again.";
    private static final Logger log = LoggerFactory.getLogger(ConcurrentChangeRetry.class);

    private final TransactionTemplate transactions;

    ConcurrentChangeRetry(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public <T> T run(String action, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return once(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (OptimisticLockingException | OptimisticLockingFailureException
                    | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    log.info("{}: still changing under us after {} attempts, asking the user to reload", action,
                            attempt);
                    throw new CaseConflictException(RELOAD, "errors.concurrentChange");
                }
                log.debug("{}: concurrent change ({}), attempt {} again", action, e.getClass().getSimpleName(),
                        attempt + 1);
            }
        }
    }

    public void run(String action, Runnable work) {
        run(action, () -> {
            work.run();
            return null;
        });
    }

    private static <T> T once(Supplier<T> work) {
        try {
            return work.get();
        } catch (OptimisticLockingException | OptimisticLockingFailureException e) {
            throw new CaseConflictException(RELOAD, "errors.concurrentChange");
        }
    }
}
