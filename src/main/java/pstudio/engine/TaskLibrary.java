package pstudio.engine;

import java.util.concurrent.TimeUnit;

/**
 * The {@code task} global: spawn, defer, delay, wait, cancel, desynchronize, synchronize. Waiting
 * gives the serial script thread to other scripts; a waiting script costs a parked thread, never a
 * busy one.
 */
final class TaskLibrary extends ScriptLibrary {
    private final RunContext run;

    TaskLibrary(RunContext run) {
        super("task");
        this.run = run;
    }

    @Override
    protected Object call(String method, Object[] args) {
        switch (method) {
            case "wait":
                return waitSeconds(seconds(arg(args, 0), "wait(seconds)"));
            case "spawn":
                return spawn(args);
            case "defer": {
                Coroutine co = run.newFunctionCoroutine(arg(args, 0), rest(args, 1));
                run.serial().makeReady(co);
                return co;
            }
            case "delay":
                return delay(seconds(arg(args, 0), "delay(seconds, fn, ...)"), arg(args, 1), rest(args, 2));
            case "cancel":
                if (!(arg(args, 0) instanceof Coroutine co)) {
                    throw usage("cancel(thread)");
                }
                co.cancel();
                return null;
            case "desynchronize":
                desynchronize();
                return null;
            case "synchronize":
                synchronize();
                return null;
            default:
                throw unknown(method);
        }
    }

    private double waitSeconds(double seconds) {
        long begin = System.nanoTime();
        Coroutine co = Coroutine.current();
        if (co == null || co.parallelSlot != null) {
            sleep(seconds);
        } else if (seconds <= 0) {
            run.serial().yieldFrom(co);
        } else {
            run.scheduleTimer(co, seconds, co.ticket()::fire);
            co.suspend();
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    private static void sleep(double seconds) {
        try {
            TimeUnit.NANOSECONDS.sleep((long) (seconds * 1e9));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStopped();
        }
    }

    private Coroutine spawn(Object[] args) {
        Coroutine child = run.newFunctionCoroutine(arg(args, 0), rest(args, 1));
        Coroutine caller = Coroutine.current();
        if (caller == null || caller.parallelSlot != null) {
            run.serial().makeReady(child);
        } else {
            run.serial().spawnFrom(caller, child);
        }
        return child;
    }

    private Coroutine delay(double seconds, Object fn, Object[] args) {
        Coroutine co = run.newFunctionCoroutine(fn, args);
        run.scheduleTimer(co, seconds, () -> run.serial().makeReady(co));
        return co;
    }

    /** Moves the calling script into its actor's parallel phase, in a slot of the worker pool. */
    private void desynchronize() {
        Coroutine co = Coroutine.current();
        if (co == null) {
            if (ActorRuntime.runningHere() != null) {
                return;
            }
            throw new ScriptError("task.desynchronize() can only be called from a script");
        }
        if (co.parallelSlot != null) {
            return;
        }
        if (co.actor == null) {
            throw new ScriptError("task.desynchronize() can only be called from a script under an Actor");
        }
        ParallelSlot slot = new ParallelSlot();
        co.actor.post(() -> {
            try {
                slot.lendAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RunStopped();
            }
        });
        run.serial().release(co);
        slot.awaitGrant();
        co.parallelSlot = slot;
    }

    /** Brings the calling script back to the serial script thread. */
    private void synchronize() {
        Coroutine co = Coroutine.current();
        if (co == null) {
            if (ActorRuntime.runningHere() != null) {
                throw new ScriptError("task.synchronize() cannot be called from a parallel message handler");
            }
            return;
        }
        ParallelSlot slot = co.parallelSlot;
        if (slot == null) {
            return;
        }
        co.parallelSlot = null;
        run.serial().makeReady(co);
        slot.giveBack();
        co.awaitBaton();
    }
}
