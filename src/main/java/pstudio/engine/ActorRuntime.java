package pstudio.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import pstudio.place.Actor;

/**
 * The running side of an Actor: its VM, its message bindings, and a mailbox of parallel tasks
 * that run one at a time. At any moment at most one thread runs parallel code of an actor: the
 * worker running its turn, or a coroutine that came back from a wait and was handed the actor.
 */
public final class ActorRuntime {
    private static final int TASKS_PER_TURN = 64;
    /** Messages an actor may have waiting before senders wait for it to catch up. */
    static final int MAILBOX_LIMIT = 10_000;

    private final RunContext run;
    private final Actor actor;
    private final int id;
    private final long schedulerId;
    private final int index;
    private final ScriptVm vm;
    private final ActorTelemetry telemetry = new ActorTelemetry();
    private final ConcurrentLinkedQueue<Object> mailbox = new ConcurrentLinkedQueue<>();
    /** True while the actor is queued in the pool or owned by a thread. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Thread owner;
    /** Messages sent to this actor whose handler has not finished yet, for back-pressure. */
    private final AtomicInteger pendingMessages = new AtomicInteger();
    private final Object roomLock = new Object();
    private final List<Coroutine.Ticket> waitingForRoom = new ArrayList<>();
    /** Guarded by itself: binding and sending are rare next to parallel work, and must not race. */
    private final Map<String, List<MessageBinding>> bindings = new HashMap<>();
    private final Map<String, ArrayDeque<Object[]>> unclaimed = new HashMap<>();
    private int unclaimedCount;

    ActorRuntime(RunContext run, Actor actor, int id, long schedulerId, int index) {
        this.run = run;
        this.actor = actor;
        this.id = id;
        this.schedulerId = schedulerId;
        this.index = index;
        this.vm = new ScriptVm(run, this);
    }

    public int id() {
        return id;
    }

    public Actor actor() {
        return actor;
    }

    /** The library group (job scheduler) that made this actor, 0 for none. */
    public long schedulerId() {
        return schedulerId;
    }

    /** This actor's 1-based place in its group, 0 for none. */
    public int index() {
        return index;
    }

    /** The actor's counters, which the library running batches on it adds to. */
    public ActorTelemetry telemetry() {
        return telemetry;
    }

    /** The actor's counters now. */
    public TelemetrySnapshot.ActorSample sample() {
        return telemetry.sample(this);
    }

    ScriptVm vm() {
        return vm;
    }

    /**
     * Queues {@code body} to run in this actor, in parallel with other actors, after earlier tasks.
     * {@code origin} is the function or script it runs, for naming errors and for stopping it. The
     * caller (a library's batch) records its own spans and counters.
     */
    public void post(Runnable body, Object origin) {
        post(body, origin, SpanKind.BATCH);
    }

    private void post(Runnable body, Object origin, SpanKind kind) {
        run.beginWork();
        mailbox.add(new Task(body, origin, kind));
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            run.pool().schedule(this);
        }
    }

    /** Runs up to a turn's worth of tasks on the calling worker, which holds a permit. */
    void runTurn() {
        owner = Thread.currentThread();
        for (int i = 0; i < TASKS_PER_TURN; i++) {
            Object next = mailbox.poll();
            if (next == null) {
                break;
            }
            if (next instanceof Handover handover) {
                // the actor goes to a coroutine that waited for it; this worker's turn ends here
                owner = handover.thread;
                handover.granted.release();
                return;
            }
            Task task = (Task) next;
            run.newActorTask(task.body, this, task.origin, task.kind).runHere();
            if (owner != Thread.currentThread()) {
                return; // the task went serial: someone else may own the actor by now
            }
        }
        release();
    }

    /** The owning thread lets go of the actor; queued work gets a new turn. */
    void release() {
        if (owner != Thread.currentThread()) {
            return;
        }
        owner = null;
        scheduled.set(false);
        if (!mailbox.isEmpty() && !run.isStopped()) {
            schedule();
        }
    }

    /** Waits, in mailbox order, until the actor is handed to {@code co}'s thread. */
    void acquire(Coroutine co) {
        Handover handover = new Handover(Thread.currentThread());
        mailbox.add(handover);
        schedule();
        co.engineWait(handover.granted);
    }

    // ---- messaging ------------------------------------------------------------------------------

    void bind(String topic, Object handler, boolean parallel) {
        MessageBinding binding = new MessageBinding(handler, parallel);
        List<Object[]> waiting;
        synchronized (bindings) {
            bindings.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(binding);
            ArrayDeque<Object[]> queued = unclaimed.remove(topic);
            waiting = queued == null ? List.of() : new ArrayList<>(queued);
            unclaimedCount -= waiting.size();
            for (Object[] args : waiting) {
                deliver(binding, args);
            }
        }
    }

    /**
     * Delivers to every handler bound to {@code topic}, keeping the message until one binds if none
     * has. A sender waits while this actor has {@link #MAILBOX_LIMIT} messages in hand, so a
     * script sending in a tight loop slows down instead of filling memory.
     */
    void send(String topic, Object[] args) {
        makeRoom();
        synchronized (bindings) {
            List<MessageBinding> handlers = bindings.get(topic);
            if (handlers == null || handlers.isEmpty()) {
                if (unclaimedCount >= MAILBOX_LIMIT) {
                    throw new ScriptError(String.format("SendMessage: %,d messages are already waiting for %s to bind "
                            + "a handler for them (BindToMessage), the most an actor keeps", MAILBOX_LIMIT,
                            actor.GetFullName()));
                }
                unclaimed.computeIfAbsent(topic, t -> new ArrayDeque<>()).add(args);
                unclaimedCount++;
                return;
            }
            for (MessageBinding b : handlers) {
                deliver(b, args);
            }
        }
    }

    private void makeRoom() {
        while (pendingMessages.get() >= MAILBOX_LIMIT) {
            Coroutine co = Coroutine.current();
            if (co == null || (co.actor == this && co.inParallel())) {
                throw new ScriptError(String.format("SendMessage: %s already has %,d messages waiting and cannot"
                        + " take more from its own handler", actor.GetFullName(), MAILBOX_LIMIT));
            }
            Coroutine.Ticket ticket = co.arm();
            synchronized (roomLock) {
                if (pendingMessages.get() < MAILBOX_LIMIT) {
                    ticket.fire();
                } else {
                    waitingForRoom.add(ticket);
                }
            }
            co.suspend();
        }
    }

    private void deliver(MessageBinding binding, Object[] args) {
        pendingMessages.incrementAndGet();
        Runnable handle = () -> {
            try {
                run.callHandler(binding.handler(), args);
            } finally {
                messageDone();
            }
        };
        if (binding.parallel()) {
            post(handle, binding.handler(), SpanKind.MESSAGE);
        } else {
            run.deferRunnable(handle, binding.handler(), this);
        }
    }

    private void messageDone() {
        if (pendingMessages.decrementAndGet() < MAILBOX_LIMIT / 2) {
            List<Coroutine.Ticket> wake;
            synchronized (roomLock) {
                if (waitingForRoom.isEmpty()) {
                    return;
                }
                wake = new ArrayList<>(waitingForRoom);
                waitingForRoom.clear();
            }
            wake.forEach(Coroutine.Ticket::fire);
        }
    }

    private record MessageBinding(Object handler, boolean parallel) {
    }

    private record Task(Runnable body, Object origin, SpanKind kind) {
    }

    /** A place in the mailbox where the actor is handed to a thread that waits for it. */
    private static final class Handover {
        final Thread thread;
        final Semaphore granted = new Semaphore(0);

        Handover(Thread thread) {
            this.thread = thread;
        }
    }

    @Override
    public String toString() {
        return actor.GetFullName();
    }
}
