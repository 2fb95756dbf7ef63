package pstudio.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pstudio.place.Actor;
import pstudio.place.BindableEvent;
import pstudio.place.Instance;
import pstudio.place.ScriptHost;
import pstudio.place.Signal;

/** What the place model asks of a running engine, answered for the calling script thread. */
final class EngineHost implements ScriptHost {
    private final RunContext run;

    EngineHost(RunContext run) {
        this.run = run;
    }

    @Override
    public void checkWrite(Instance target, String action) {
        if (run.inParallel()) {
            throw new ScriptError("cannot " + action + " in parallel: call task.synchronize() first");
        }
    }

    /**
     * Yields the calling script until {@code future} completes or the timeout passes. In either
     * phase the script gives up what it holds while it waits (the serial thread, or its actor and
     * worker), so waiting in parallel cannot starve the worker pool or deadlock on its own actor.
     */
    @Override
    public <T> T await(CompletableFuture<T> future, double timeoutSeconds) {
        Coroutine co = Coroutine.current();
        if (co == null) {
            return block(future, timeoutSeconds);
        }
        if (!future.isDone()) {
            Coroutine.Ticket ticket = co.arm();
            Runnable dropTimeout = timeoutSeconds >= 0 ? run.scheduleTimer(co, timeoutSeconds, ticket::fire) : null;
            future.whenComplete((v, e) -> ticket.fire());
            co.suspend();
            if (dropTimeout != null) {
                dropTimeout.run();
            }
        }
        if (!future.isDone()) {
            return null;
        }
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new ScriptError(String.valueOf(e.getCause()));
        }
    }

    private static <T> T block(CompletableFuture<T> future, double timeoutSeconds) {
        try {
            return timeoutSeconds < 0 ? future.get() : future.get((long) (timeoutSeconds * 1e9), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStopped();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new ScriptError(String.valueOf(e.getCause()));
        }
    }

    @Override
    public boolean isRunning() {
        return !run.isStopped();
    }

    @Override
    public void sendMessage(Actor actor, String topic, Object[] args) {
        run.actor(actor).send(topic, args);
    }

    @Override
    public void bindToMessage(Actor actor, String topic, Object handler, boolean parallel) {
        if (!(handler instanceof groovy.lang.Closure<?>)) {
            throw ValueText.badArgument(2, parallel ? "BindToMessageParallel" : "BindToMessage", "function", handler);
        }
        run.actor(actor).bind(topic, handler, parallel);
    }

    @Override
    public Object vector2(double x, double y) {
        return new pstudio.engine.datatypes.Vector2(x, y);
    }

    @Override
    public Object color3(double r, double g, double b) {
        return new pstudio.engine.datatypes.Color3(r, g, b);
    }

    @Override
    public void fire(BindableEvent event, Object[] args) {
        Signal signal = event.getEvent();
        for (Signal.Connection c : signal.takeFiring(args)) {
            run.deferFunction(c.handler(), args, null);
        }
    }
}
