package org.casecoordination.system;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per transaction: a listener or an expression that asks the same question several times in one
 * engine command reads the database once, and gets the same answer each time. Another transaction's change
 * committed meanwhile counts from the next transaction on; what this transaction changes itself it must
 * {@link #forget()}. Outside a transaction every call reads.
 */
public final class TransactionMemo<K, V> {

    public V get(K key, Function<K, V> read) {
        Map<K, V> known = knownInThisTransaction();
        if (known == null) {
            return read.apply(key);
        }
        V value = known.get(key);
        if (value == null) {
            value = read.apply(key);
            known.put(key, value);
        }
        return value;
    }

    /**
     * Like {@link #get}, kept only in a read-only transaction (a page's model): a transaction that writes may have
     * changed what was read, so it reads every time; so does a null key (a row not saved yet).
     */
    public V getWhileReadOnly(K key, Function<K, V> read) {
        if (key == null || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.apply(key);
        }
        return get(key, read);
    }

    /** What this transaction knows already (outside a transaction: nothing is kept). */
    public void put(K key, V value) {
        Map<K, V> known = knownInThisTransaction();
        if (known != null) {
            known.put(key, value);
        }
    }

    /** The transaction changed what was read: the next question reads again. */
    public void forget() {
        TransactionSynchronizationManager.unbindResourceIfPossible(this);
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> knownInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<K, V> known = (Map<K, V>) TransactionSynchronizationManager.getResource(this);
        if (known == null) {
            known = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, known);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionMemo.this);
                }
            });
        }
        return known;
    }
}
