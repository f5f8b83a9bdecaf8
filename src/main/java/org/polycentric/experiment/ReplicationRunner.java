package org.polycentric.experiment;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs the replications of a scenario on a fixed pool of threads and hands each result to a
 * consumer strictly in replication order, on the calling thread. Seeds depend on the replication
 * index alone ({@link Seeds}), so with in-order delivery everything written downstream is the same
 * whatever the number of threads.
 *
 * <p>At most {@code 2 * threads} replications are submitted but not yet consumed, so memory stays
 * flat however many replications a run has. The first failure cancels the rest and is rethrown as
 * it was thrown (not wrapped), so a bad-input exception from a replication reaches the caller as is.
 */
public final class ReplicationRunner {

    /** Receives results in replication order, always on the thread that called {@code run}. */
    @FunctionalInterface
    public interface ResultConsumer<T> {
        void accept(T result) throws IOException;
    }

    /** Told after each result has been consumed: {@code done} of {@code total} are finished. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);

        /** A run of a single replication also reports each simulated year it completes. */
        default void yearReached(int year) {
        }

        /** How far building the first replication's world has got (a stage, {@code done} of {@code total}). */
        default void building(String stage, long done, long total) {
        }
    }

    private final int threads;

    /** @param threads worker threads, at least 1 */
    public ReplicationRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** One thread per available processor: replications are independent and CPU-bound. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code task} for indices 0 .. {@code count - 1} and delivers the results in index order.
     *
     * @throws IOException          as thrown by the consumer
     * @throws InterruptedException if the calling thread is interrupted while waiting
     * @throws RuntimeException     the first exception a task threw, unwrapped
     */
    public <T> void run(int count, IntFunction<? extends T> task, ResultConsumer<? super T> consumer,
                        Progress progress) throws IOException, InterruptedException {
        if (count <= 0) {
            return;
        }
        int window = 2 * threads;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count), new WorkerThreads());
        try {
            CompletionService<Indexed<T>> completed = new ExecutorCompletionService<>(pool);
            Map<Integer, T> reorder = new HashMap<>();
            int submitted = 0;
            int delivered = 0;
            while (submitted < Math.min(count, window)) {
                submit(completed, task, submitted++);
            }
            while (delivered < count) {
                Indexed<T> result = take(completed);
                reorder.put(result.index(), result.value());
                while (reorder.containsKey(delivered)) {
                    consumer.accept(reorder.remove(delivered));
                    delivered++;
                    progress.update(delivered, count);
                    // Submit only as results leave, so in flight plus buffered never exceeds the window.
                    if (submitted < count) {
                        submit(completed, task, submitted++);
                    }
                }
            }
        } finally {
            // Cancels whatever is still queued after a failure; a running replication cannot be
            // interrupted midway, but its threads are daemons and its result is dropped.
            pool.shutdownNow();
        }
    }

    private static <T> void submit(CompletionService<Indexed<T>> completed, IntFunction<? extends T> task, int index) {
        completed.submit(() -> new Indexed<>(index,
                Objects.requireNonNull(task.apply(index), () -> "replication " + index + " returned no result")));
    }

    private static <T> Indexed<T> take(CompletionService<Indexed<T>> completed) throws InterruptedException {
        Future<Indexed<T>> future = completed.take();
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    /**
     * A task's failure as it was thrown: its runtime exception or error unwrapped (so bad input from
     * a run reaches the caller as is), any other cause wrapped. Callers expecting a checked
     * exception of their own test for it first.
     */
    public static RuntimeException rethrown(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private record Indexed<T>(int index, T value) {
    }

    /** Daemon threads, so a replication left running after a failure never keeps the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger(1);

        @Override
        public Thread newThread(Runnable r) {
            Thread thread = new Thread(r, "replication-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
