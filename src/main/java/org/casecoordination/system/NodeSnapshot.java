package org.casecoordination.system;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small table that changes rarely and is asked about on every task (holidays, who is away), held in memory on
 * this node. A change made through this node counts at once: {@link #changed()} drops the copy now and again when
 * the change's transaction ends. A change made on another node of a cluster counts here after {@code freshFor}.
 */
public final class NodeSnapshot<T> {

    private final Supplier<T> read;
    private final long freshForNanos;
    private volatile Held<T> held;

    public NodeSnapshot(Supplier<T> read, Duration freshFor) {
        this.read = read;
        this.freshForNanos = freshFor.toNanos();
    }

    public T get() {
        Held<T> current = held;
        if (current == null || System.nanoTime() - current.readAtNanos() > freshForNanos) {
            current = new Held<>(read.get(), System.nanoTime());
            held = current;
        }
        return current.value();
    }

    /** What the snapshot holds was changed in this transaction: read it again now, and once it has ended. */
    public void changed() {
        held = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    held = null;
                }
            });
        }
    }

    private record Held<T>(T value, long readAtNanos) {
    }
}
