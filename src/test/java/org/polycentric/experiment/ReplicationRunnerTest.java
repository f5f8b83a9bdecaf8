package org.polycentric.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polycentric.params.InvalidValueException;

class ReplicationRunnerTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void deliversResultsInReplicationOrderWhateverFinishesFirst(int threads) throws Exception {
        int count = 12;
        List<Integer> delivered = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        // Early replications take longest, so with several threads they finish last.
        new ReplicationRunner(threads).run(count, index -> {
            sleep(2L * (count - index));
            return index;
        }, delivered::add, (done, total) -> progress.add(done + "/" + total));

        assertEquals(IntStream.range(0, count).boxed().toList(), delivered);
        assertEquals(IntStream.rangeClosed(1, count).mapToObj(d -> d + "/" + count).toList(), progress);
    }

    @Test
    void consumesOnTheCallingThread() throws Exception {
        Thread caller = Thread.currentThread();
        List<Thread> consumers = new ArrayList<>();
        new ReplicationRunner(3).run(6, index -> index, r -> consumers.add(Thread.currentThread()),
                ReplicationRunner.Progress.NONE);
        assertEquals(6, consumers.size());
        assertTrue(consumers.stream().allMatch(t -> t == caller));
    }

    @Test
    void keepsAtMostTwiceTheThreadsInFlight() throws Exception {
        int threads = 2;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        // Replication 0 is slow, so everything after it piles up unless the runner holds back.
        new ReplicationRunner(threads).run(40, index -> {
            int inFlight = started.incrementAndGet() - consumed.get();
            mostInFlight.accumulateAndGet(inFlight, Math::max);
            sleep(index == 0 ? 100 : 1);
            return index;
        }, r -> consumed.incrementAndGet(), ReplicationRunner.Progress.NONE);

        assertEquals(40, consumed.get());
        assertTrue(mostInFlight.get() <= 2 * threads, "in flight: " + mostInFlight.get());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void theFirstFailureIsRethrownAsItWasAndStopsTheRest(int threads) {
        InvalidValueException failure = new InvalidValueException("events[3].nation", "no nation 'XXX'");
        AtomicInteger started = new AtomicInteger();
        List<Integer> delivered = new ArrayList<>();
        InvalidValueException thrown = assertThrows(InvalidValueException.class,
                () -> new ReplicationRunner(threads).run(1000, index -> {
                    started.incrementAndGet();
                    if (index == 4) {
                        throw failure;
                    }
                    return index;
                }, delivered::add, ReplicationRunner.Progress.NONE));

        assertSame(failure, thrown);
        assertTrue(delivered.size() <= 4, "nothing from the failed replication on is delivered: " + delivered);
        assertEquals(List.of(0, 1, 2, 3).subList(0, delivered.size()), delivered);
        assertTrue(started.get() < 1000, "the remaining replications are cancelled, started " + started.get());
    }

    @Test
    void aFailingConsumerStopsTheRun() {
        IOException diskFull = new IOException("disk full");
        AtomicInteger started = new AtomicInteger();
        IOException thrown = assertThrows(IOException.class, () -> new ReplicationRunner(2).run(500, index -> {
            started.incrementAndGet();
            return index;
        }, r -> {
            if (r == 2) {
                throw diskFull;
            }
        }, ReplicationRunner.Progress.NONE));
        assertSame(diskFull, thrown);
        assertTrue(started.get() < 500);
    }

    @Test
    void moreThreadsThanReplicationsAndNoReplicationsAreFine() throws Exception {
        List<Integer> delivered = new ArrayList<>();
        new ReplicationRunner(8).run(2, index -> index, delivered::add, ReplicationRunner.Progress.NONE);
        assertEquals(List.of(0, 1), delivered);
        new ReplicationRunner(2).run(0, index -> index, delivered::add, ReplicationRunner.Progress.NONE);
        assertEquals(List.of(0, 1), delivered);
    }

    @Test
    void needsAtLeastOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new ReplicationRunner(0));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
