package pstudio.parallelizer;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pstudio.engine.ActorRuntime;
import pstudio.engine.RunContext;
import pstudio.engine.ScriptError;
import pstudio.engine.SharedTable;
import pstudio.place.Actor;
import pstudio.place.Script;

/**
 * Dispatches numbered threads across the actors that {@code CreateJobScheduler} made. Dispatches
 * are asynchronous and independent: several may be in flight on one scheduler at once.
 */
public final class JobScheduler {
    private final RunContext run;
    private final Parallelizer library;
    private final Script jobScript;
    private final List<Actor> actors;
    private final Set<Dispatch> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean destroyed;

    JobScheduler(RunContext run, Parallelizer library, Script jobScript, List<Actor> actors) {
        this.run = run;
        this.library = library;
        this.jobScript = jobScript;
        this.actors = List.copyOf(actors);
    }

    /** {@code JobScheduler.Actors}: the actors, in creation order. */
    public List<Actor> getActors() {
        checkAlive();
        return actors;
    }

    public DispatchHandle DispatchAsync(Object threadName, Object threadCount, Object batchSize, Object callback) {
        return DispatchAsync(threadName, threadCount, batchSize, callback, null);
    }

    /** Runs ids 1..threadCount in batches of {@code batchSize}, handed to the actors in turn; calls back once with every result. */
    public DispatchHandle DispatchAsync(Object threadName, Object threadCount, Object batchSize, Object callback,
                                        Object instData) {
        int count = whole(threadCount, "threadCount");
        int batch = whole(batchSize, "batchSize");
        if (batch < 1) {
            throw new ScriptError("DispatchAsync: batchSize must be at least 1, got " + batch);
        }
        return dispatch("DispatchAsync", threadName, count, batch, callback, instData);
    }

    public DispatchHandle DispatchEquallyAsync(Object threadName, Object threadCount, Object callback) {
        return DispatchEquallyAsync(threadName, threadCount, callback, null);
    }

    /** DispatchAsync with {@code batchSize = ceil(threadCount / actorCount)}: one batch per actor. */
    public DispatchHandle DispatchEquallyAsync(Object threadName, Object threadCount, Object callback, Object instData) {
        int count = whole(threadCount, "threadCount");
        int batch = Math.max(1, (int) ((count + (long) actors.size() - 1) / actors.size()));
        return dispatch("DispatchEquallyAsync", threadName, count, batch, callback, instData);
    }

    private DispatchHandle dispatch(String method, Object threadName, int count, int batchSize, Object callback,
                                    Object instData) {
        checkAlive();
        if (!(threadName instanceof CharSequence nameText)) {
            throw new ScriptError(method + " expects a thread name (a string) first");
        }
        String name = nameText.toString();
        if (count < 0) {
            throw new ScriptError(method + ": threadCount cannot be negative, got " + count);
        }
        if (!(callback instanceof Closure<?>)) {
            throw new ScriptError(method + " expects a callback function { result -> ... }");
        }
        SharedTable inst = instData == null || instData instanceof SharedTable ? (SharedTable) instData
                : SharedTable.from(instData);
        List<ActorRuntime> bound = new ArrayList<>();
        List<Closure<?>> fns = new ArrayList<>();
        for (Actor a : actors) {
            Closure<?> fn = library.thread(a, name);
            if (fn != null) {
                bound.add(run.actor(a));
                fns.add(fn);
            }
        }
        if (bound.isEmpty()) {
            throw new ScriptError("no actor of this job scheduler has a thread named '" + name
                    + "': the job script must call Parallelizer.CreateThread(actor, '" + name + "') { id, inst -> ... }");
        }
        Dispatch d = new Dispatch(run, library.report(), this, jobScript, name, count, batchSize, callback, inst,
                bound, fns, actors.size());
        inFlight.add(d);
        d.start();
        return d.handle();
    }

    void finished(Dispatch d) {
        inFlight.remove(d);
    }

    /** Cancels dispatches in flight, removes the actors from the place and frees them. */
    public void Destroy() {
        if (destroyed) {
            return;
        }
        destroyed = true;
        for (Dispatch d : new ArrayList<>(inFlight)) {
            d.cancel();
        }
        for (Actor a : actors) {
            library.forget(a);
            run.forgetActor(a);
            a.Destroy();
        }
    }

    private void checkAlive() {
        if (destroyed) {
            throw new ScriptError("this JobScheduler was destroyed");
        }
    }

    List<Actor> actorsForReport() {
        return Collections.unmodifiableList(actors);
    }

    /** A whole number argument, or a clear error naming it. */
    static int whole(Object value, String what) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw new ScriptError(what + " must be a whole number, got " + (value == null ? "nil" : value));
    }

    @Override
    public String toString() {
        return "JobScheduler(" + jobScript.GetFullName() + ", " + actors.size() + " actors)";
    }
}
