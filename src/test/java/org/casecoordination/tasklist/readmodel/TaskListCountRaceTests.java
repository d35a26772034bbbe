package org.casecoordination.tasklist.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.casecoordination.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The first two tasks of a new list, added at the same moment: both are counted, neither request fails. */
@ApplicationTest
class TaskListCountRaceTests {

    @Autowired
    TaskListTable table;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoFirstTasksOfAListAtOnceAreBothCounted() throws Exception {
        String listKey = "g:team-race-" + System.nanoTime();
        CountDownLatch firstInserted = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            table.addToCounts(new TreeMap<>(java.util.Map.of(listKey, 1L)));
            firstInserted.countDown();
            sleep(300); // the second transaction now waits on this uncommitted row
        }));
        assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx ->
                table.addToCounts(new TreeMap<>(java.util.Map.of(listKey, 1L)))));

        CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);

        assertThat(table.count(List.of(listKey))).isEqualTo(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
