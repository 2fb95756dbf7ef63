package pstudio.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Carries a run's events from any thread to its listeners, in batches, on one publisher thread.
 *
 * <p>Output waits in a queue of at most {@link #MAX_PENDING} entries. A message
 * identical to the one queued last joins it as a count, so a tight loop printing one line in 256
 * actors takes one entry however long it runs. When the queue is full, a print waits for room, or
 * under {@link OutputDelivery#DROP_PRINTS_WHEN_BEHIND} is dropped and counted, and the next batch
 * ends with a warning saying how many; warnings and errors always wait. The wait is interruptible,
 * so Stop still ends a script that is blocked in print. Lifecycle events (everything but output)
 * never wait and are never dropped; telemetry does not travel here at all (see {@link RunTelemetry}),
 * but {@link #afterPublished} lets a sampler put a sample behind every event that happened before it.
 */
final class EventPublisher {
    static final int MAX_PENDING = 100_000;
    static final int HISTORY = 10_000;
    private static final long FLUSH_NANOS = 15_000_000;
    /** How long closing waits for listeners when prints may be dropped; otherwise it waits for every message. */
    private static final long DROPPING_CLOSE_MILLIS = 5_000;

    private final OutputDelivery delivery;
    private final RunClock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition room = lock.newCondition();
    /** Events, and the {@link Runnable}s of {@link #afterPublished}, in the order they came. */
    private ArrayDeque<Object> queue = new ArrayDeque<>();
    /** Output entries in the queue (lifecycle events are not capped); written under the lock. */
    private int capped;
    /** The queue's last entry when it is output: the entry an identical message joins. */
    private OutputMessage last;
    private long droppedPrints;
    private boolean closed;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<OutputMessage> history = new ArrayDeque<>();
    private final Thread thread;
    private volatile boolean closing;

    EventPublisher(String runName, OutputDelivery delivery, RunClock clock) {
        this.delivery = delivery;
        this.clock = clock;
        thread = new Thread(this::loop, runName + "-events");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void addListener(RunListener listener) {
        listeners.add(listener);
    }

    /** Events every listener must see (state, scripts, actors, a library's): never dropped, never waiting. */
    void publish(RunEvent event) {
        lock.lock();
        try {
            if (!closed) {
                queue.addLast(event);
                last = null;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code action} on the publisher thread once every event published before this call has
     * reached the listeners, before any published after it. Nothing runs once the publisher closed.
     */
    void afterPublished(Runnable action) {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            queue.addLast(action);
            last = null;
        } finally {
            lock.unlock();
        }
        LockSupport.unpark(thread); // a sample is due now, not at the next flush
    }

    /**
     * A message for the output. It joins an identical last entry, or takes a free place, or waits for
     * one; only a print under {@link OutputDelivery#DROP_PRINTS_WHEN_BEHIND} is dropped (and counted)
     * instead. A thread interrupted while it waits (Stop) unwinds with {@link RunStopped}.
     */
    void publishOutput(OutputMessage message) {
        boolean droppable = delivery == OutputDelivery.DROP_PRINTS_WHEN_BEHIND && message.level() == OutputLevel.PRINT;
        lock.lock();
        try {
            while (!closed) {
                if (joinsLast(message)) {
                    return;
                }
                if (capped < MAX_PENDING) {
                    append(new RunEvent.Output(clock.nanos(), message));
                    last = message;
                    return;
                }
                if (droppable) {
                    droppedPrints += message.count();
                    return;
                }
                LockSupport.unpark(thread);
                awaitRoom();
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean joinsLast(OutputMessage message) {
        if (last == null || !last.sameAs(message) || (long) last.count() + message.count() > Integer.MAX_VALUE) {
            return false;
        }
        last = last.withCount(last.count() + message.count());
        RunEvent.Output joined = (RunEvent.Output) queue.pollLast();
        queue.addLast(new RunEvent.Output(joined.atNanos(), last));
        return true;
    }

    private void append(RunEvent event) {
        queue.addLast(event);
        capped++;
    }

    private void awaitRoom() {
        try {
            room.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStopped();
        }
    }

    /** The last {@link #HISTORY} output messages, oldest first. */
    List<OutputMessage> history() {
        synchronized (history) {
            return new ArrayList<>(history);
        }
    }

    /**
     * Delivers everything queued so far, then ends the publisher thread. Under
     * {@link OutputDelivery#EVERY_MESSAGE} it waits however long the listeners take.
     */
    void close() throws InterruptedException {
        closing = true;
        LockSupport.unpark(thread);
        if (Thread.currentThread() != thread) {
            thread.join(delivery == OutputDelivery.EVERY_MESSAGE ? 0 : DROPPING_CLOSE_MILLIS);
        }
        lock.lock();
        try {
            closed = true;
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (true) {
            boolean ending = closing;
            List<Object> batch = drain();
            if (!batch.isEmpty()) {
                deliver(batch);
            }
            if (ending) {
                return;
            }
            if (isEmpty()) {
                LockSupport.parkNanos(FLUSH_NANOS);
            }
        }
    }

    /** Whether anything was published that the publisher thread has not taken yet. */
    boolean waiting() {
        return !isEmpty();
    }

    private boolean isEmpty() {
        lock.lock();
        try {
            return queue.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the whole queue at once, freeing every place, and notes the prints dropped since the last batch. */
    private List<Object> drain() {
        ArrayDeque<Object> taken;
        long dropped;
        lock.lock();
        try {
            taken = queue;
            queue = new ArrayDeque<>();
            capped = 0;
            last = null;
            dropped = droppedPrints;
            droppedPrints = 0;
            room.signalAll();
        } finally {
            lock.unlock();
        }
        List<Object> batch = new ArrayList<>(taken);
        if (dropped > 0) {
            // the prints were dropped while this batch filled the queue, so the gap is right after it
            batch.add(new RunEvent.Output(clock.nanos(), OutputMessage.of(OutputLevel.WARN, String.format(
                    "the run printed faster than its output could be shown: %,d prints were dropped"
                            + " (at most %,d messages wait at once)", dropped, MAX_PENDING), null, 0)));
        }
        return batch;
    }

    /** Hands the events to the listeners in runs, running each action where it stood among them. */
    private void deliver(List<Object> batch) {
        List<RunEvent> events = new ArrayList<>(batch.size());
        for (Object entry : batch) {
            if (entry instanceof Runnable action) {
                deliverEvents(events);
                events.clear();
                try {
                    action.run();
                } catch (RuntimeException actionBug) {
                    actionBug.printStackTrace(); // as for a listener: the publisher goes on
                }
            } else {
                events.add((RunEvent) entry);
            }
        }
        deliverEvents(events);
    }

    private void deliverEvents(List<RunEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        synchronized (history) {
            for (RunEvent e : batch) {
                if (e instanceof RunEvent.Output out) {
                    if (history.size() == HISTORY) {
                        history.removeFirst();
                    }
                    history.addLast(out.message());
                }
            }
        }
        List<RunEvent> view = List.copyOf(batch);
        for (RunListener l : listeners) {
            try {
                l.onEvents(view);
            } catch (RuntimeException listenerBug) {
                // a broken listener must not silence the others or kill the publisher
                listenerBug.printStackTrace();
            }
        }
    }
}
