package pstudio.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import pstudio.place.Actor;
import pstudio.place.ScriptHost;

/**
 * The running side of an Actor: its VM, its message bindings, and a mailbox that runs its parallel
 * work one task at a time on the shared worker pool. Many actors share few threads: an actor with
 * nothing queued costs no thread at all.
 */
public final class ActorRuntime implements Runnable {
    private static final ThreadLocal<ActorRuntime> RUNNING_HERE = new ThreadLocal<>();
    private static final int TASKS_PER_TURN = 64;

    private final RunContext run;
    private final Actor actor;
    private final int id;
    private final ScriptVm vm;
    private final ConcurrentLinkedQueue<Runnable> mailbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Guarded by itself: binding and sending are rare next to parallel work, and must not race. */
    private final Map<String, List<MessageBinding>> bindings = new java.util.HashMap<>();
    private final Map<String, List<Object[]>> unclaimed = new java.util.HashMap<>();

    ActorRuntime(RunContext run, Actor actor, int id) {
        this.run = run;
        this.actor = actor;
        this.id = id;
        this.vm = new ScriptVm(run, this);
    }

    /** The actor whose parallel work the calling worker thread is doing, or null. */
    static ActorRuntime runningHere() {
        return RUNNING_HERE.get();
    }

    public int id() {
        return id;
    }

    public Actor actor() {
        return actor;
    }

    ScriptVm vm() {
        return vm;
    }

    /** Queues {@code task} to run in this actor, in parallel with other actors, after earlier tasks. */
    public void post(Runnable task) {
        run.beginWork();
        mailbox.add(task);
        if (scheduled.compareAndSet(false, true)) {
            try {
                run.workers().execute(this);
            } catch (RejectedExecutionException stopped) {
                run.endWork();
            }
        }
    }

    /** Runs up to a turn's worth of queued tasks, then yields the worker so other actors get their turn. */
    @Override
    public void run() {
        RUNNING_HERE.set(this);
        ScriptHost.CURRENT.set(run.host());
        try {
            for (int i = 0; i < TASKS_PER_TURN; i++) {
                Runnable task = mailbox.poll();
                if (task == null) {
                    break;
                }
                try {
                    task.run();
                } catch (RunStopped stopped) {
                    return;
                } catch (Throwable failure) {
                    run.reportFailure(failure, null);
                } finally {
                    run.endWork();
                }
            }
        } finally {
            RUNNING_HERE.remove();
            ScriptHost.CURRENT.remove();
            scheduled.set(false);
            if (!mailbox.isEmpty() && !run.isStopped() && scheduled.compareAndSet(false, true)) {
                try {
                    run.workers().execute(this);
                } catch (RejectedExecutionException stopped) {
                    // the run is over; queued tasks are dropped with it
                }
            }
        }
    }

    // ---- messaging ------------------------------------------------------------------------------

    void bind(String topic, Object handler, boolean parallel) {
        MessageBinding binding = new MessageBinding(handler, parallel);
        synchronized (bindings) {
            bindings.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(binding);
            List<Object[]> waiting = unclaimed.remove(topic);
            if (waiting != null) {
                for (Object[] args : waiting) {
                    deliver(binding, args);
                }
            }
        }
    }

    /** Delivers to every handler bound to {@code topic}; keeps the message until one binds if none has. */
    void send(String topic, Object[] args) {
        synchronized (bindings) {
            List<MessageBinding> handlers = bindings.get(topic);
            if (handlers == null || handlers.isEmpty()) {
                unclaimed.computeIfAbsent(topic, t -> new ArrayList<>()).add(args);
                return;
            }
            for (MessageBinding b : handlers) {
                deliver(b, args);
            }
        }
    }

    private void deliver(MessageBinding binding, Object[] args) {
        if (binding.parallel()) {
            post(() -> run.callFunction(binding.handler(), args));
        } else {
            run.deferFunction(binding.handler(), args, this);
        }
    }

    private record MessageBinding(Object handler, boolean parallel) {
    }

    @Override
    public String toString() {
        return actor.GetFullName();
    }
}
