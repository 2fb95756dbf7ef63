package pstudio.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Carries a run's events from any thread to its listeners, in batches, on one publisher thread.
 * Consecutive identical output messages become one message with a count, and the queue is capped:
 * past {@link #MAX_PENDING} waiting events, output and batch events are dropped and counted, so a
 * script printing in a tight loop in 256 actors cannot exhaust memory or stall a listener.
 */
final class EventPublisher {
    static final int MAX_PENDING = 100_000;
    static final int HISTORY = 10_000;
    private static final long FLUSH_NANOS = 15_000_000;

    private final ConcurrentLinkedQueue<RunEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<OutputMessage> history = new ArrayDeque<>();
    private final Thread thread;
    private volatile boolean closing;
    private volatile boolean closed;

    EventPublisher(String runName) {
        thread = new Thread(this::loop, runName + "-events");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void addListener(RunListener listener) {
        listeners.add(listener);
    }

    boolean hasListeners() {
        return !listeners.isEmpty();
    }

    /** True when optional events would be dropped: callers skip building them. */
    boolean saturated() {
        return pending.get() >= MAX_PENDING;
    }

    /** Events every listener must see (state, dispatches, actors): never dropped. */
    void publish(RunEvent event) {
        if (closed) {
            return;
        }
        pending.incrementAndGet();
        queue.add(event);
    }

    /** Output and batch events: dropped and counted when the queue is full. */
    void publishOptional(RunEvent event) {
        if (closed) {
            return;
        }
        if (pending.incrementAndGet() > MAX_PENDING) {
            pending.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queue.add(event);
    }

    /** Counts an event its producer chose not to build because the queue was full. */
    void countDropped() {
        dropped.incrementAndGet();
    }

    /** The last {@link #HISTORY} output messages, oldest first. */
    List<OutputMessage> history() {
        synchronized (history) {
            return new ArrayList<>(history);
        }
    }

    /** Delivers everything queued so far, then ends the publisher thread. */
    void close() throws InterruptedException {
        closing = true;
        LockSupport.unpark(thread);
        thread.join(5_000);
        closed = true;
    }

    private void loop() {
        while (true) {
            boolean last = closing;
            List<RunEvent> batch = drain();
            if (!batch.isEmpty()) {
                deliver(batch);
            }
            if (last) {
                return;
            }
            if (queue.isEmpty()) {
                LockSupport.parkNanos(FLUSH_NANOS);
            }
        }
    }

    private List<RunEvent> drain() {
        List<RunEvent> batch = new ArrayList<>();
        OutputMessage run = null;
        int runCount = 0;
        RunEvent e;
        int taken = 0;
        while (taken < MAX_PENDING && (e = queue.poll()) != null) {
            taken++;
            if (e instanceof RunEvent.Output out) {
                OutputMessage m = out.message();
                if (run != null && run.sameAs(m)) {
                    runCount += m.count();
                    continue;
                }
                if (run != null) {
                    batch.add(new RunEvent.Output(run.withCount(runCount)));
                }
                run = m;
                runCount = m.count();
            } else {
                if (run != null) {
                    batch.add(new RunEvent.Output(run.withCount(runCount)));
                    run = null;
                }
                batch.add(e);
            }
        }
        if (run != null) {
            batch.add(new RunEvent.Output(run.withCount(runCount)));
        }
        pending.addAndGet(-taken);
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            batch.add(new RunEvent.Output(OutputMessage.of(OutputLevel.WARN, String.format(
                    "output is coming faster than it can be shown: %,d messages were dropped (at most %,d wait at once)",
                    lost, MAX_PENDING), null, 0)));
        }
        return batch;
    }

    private void deliver(List<RunEvent> batch) {
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
