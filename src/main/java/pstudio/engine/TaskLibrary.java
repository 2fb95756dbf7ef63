package pstudio.engine;

/**
 * The {@code task} global: spawn, defer, delay, wait, cancel, desynchronize, synchronize. Waiting
 * gives up the serial script thread, or in the parallel phase the actor and its worker, so a
 * waiting script costs a parked thread, never a busy one.
 */
final class TaskLibrary extends ScriptLibrary {
    private final RunContext run;

    TaskLibrary(RunContext run) {
        super("task");
        this.run = run;
    }

    @Override
    public Object call(String method, Object[] args) {
        switch (method) {
            case "wait":
                return waitSeconds(seconds(arg(args, 0), "wait", 1));
            case "spawn":
                return spawn(function(args, "spawn"), rest(args, 1));
            case "defer": {
                Coroutine co = run.newFunctionCoroutine(function(args, "defer"), rest(args, 1));
                run.serial().makeReady(co);
                return co;
            }
            case "delay":
                return delay(seconds(arg(args, 0), "delay", 1), function(args, 1, "delay"), rest(args, 2));
            case "cancel":
                if (!(arg(args, 0) instanceof Coroutine co)) {
                    throw badArgument(1, "cancel", "thread", arg(args, 0));
                }
                co.cancel();
                return null;
            case "desynchronize":
                script("desynchronize").desynchronize();
                return null;
            case "synchronize":
                script("synchronize").synchronize();
                return null;
            default:
                throw unknown(method);
        }
    }

    /** task.wait(seconds): yields this script, in either phase, and returns the seconds it waited. */
    private double waitSeconds(double seconds) {
        long begin = System.nanoTime();
        Coroutine co = script("wait");
        if (seconds <= 0 && !co.inParallel()) {
            run.serial().yieldFrom(co);
        } else if (seconds <= 0) {
            co.arm().fire();
            co.suspend();
        } else {
            run.scheduleTimer(co, seconds, co.arm()::fire);
            co.suspend();
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    Coroutine spawn(Object fn, Object[] args) {
        Coroutine child = run.newFunctionCoroutine(fn, args);
        Coroutine caller = Coroutine.current();
        if (caller == null || caller.inParallel()) {
            run.serial().makeReady(child);
        } else {
            run.serial().spawnFrom(caller, child);
        }
        return child;
    }

    Coroutine delay(double seconds, Object fn, Object[] args) {
        Coroutine co = run.newFunctionCoroutine(fn, args);
        run.scheduleTimer(co, seconds, () -> run.serial().makeReady(co));
        return co;
    }

    private Object function(Object[] args, String method) {
        return function(args, 0, method);
    }

    private Object function(Object[] args, int index, String method) {
        Object fn = arg(args, index);
        if (!(fn instanceof groovy.lang.Closure<?>)) {
            throw badArgument(index + 1, method, "function", fn);
        }
        return fn;
    }

    private static Coroutine script(String method) {
        Coroutine co = Coroutine.current();
        if (co == null) {
            throw new ScriptError("task." + method + "() can only be called from a script");
        }
        return co;
    }
}
