package pstudio.parallelizer;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pstudio.engine.ActorRuntime;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunContext;
import pstudio.engine.ScriptError;
import pstudio.engine.SharedTable;
import pstudio.engine.ValueText;
import pstudio.place.Actor;
import pstudio.place.Script;

/**
 * Dispatches numbered threads across the actors that {@code CreateJobScheduler} made. Dispatches
 * are asynchronous and independent: several may be in flight on one scheduler at once.
 *
 * <p>A clone's top-level code may wait before it binds its threads ({@code task.wait},
 * {@code WaitForChild}); a dispatch then waits until every clone has bound the thread or ended its
 * top-level code, and only then is an unknown thread name an error.
 */
public final class JobScheduler {
    private final long id;
    private final RunContext run;
    private final Parallelizer library;
    private final Script jobScript;
    private final List<Actor> actors;
    private final CloneFailures cloneFailures;
    private final Set<Dispatch> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<Actor> endedClones = ConcurrentHashMap.newKeySet();
    /** Dispatches waiting for clones, with where they were started (for their error). */
    private final Map<Dispatch, RunContext.Location> waiting = new ConcurrentHashMap<>();
    private volatile boolean destroyed;

    JobScheduler(RunContext run, Parallelizer library, Script jobScript, List<Actor> actors) {
        this.run = run;
        this.library = library;
        this.id = library.nextSchedulerId();
        this.jobScript = jobScript;
        this.actors = List.copyOf(actors);
        this.cloneFailures = new CloneFailures(run, id, actors.size());
    }

    /** The scheduler's id in events and snapshots. */
    long id() {
        return id;
    }

    Parallelizer library() {
        return library;
    }

    String jobScriptName() {
        return jobScript.GetFullName();
    }

    boolean isDestroyed() {
        return destroyed;
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
        String name = threadName(threadName, "DispatchAsync");
        int count = whole(threadCount, 2, "DispatchAsync");
        int batch = whole(batchSize, 3, "DispatchAsync");
        if (batch < 1) {
            throw new ScriptError("DispatchAsync: batchSize must be at least 1, got " + batch);
        }
        return dispatch("DispatchAsync", name, count, batch, callback, 4, instData);
    }

    public DispatchHandle DispatchEquallyAsync(Object threadName, Object threadCount, Object callback) {
        return DispatchEquallyAsync(threadName, threadCount, callback, null);
    }

    /** DispatchAsync with {@code batchSize = ceil(threadCount / actorCount)}: one batch per actor. */
    public DispatchHandle DispatchEquallyAsync(Object threadName, Object threadCount, Object callback, Object instData) {
        String name = threadName(threadName, "DispatchEquallyAsync");
        int count = whole(threadCount, 2, "DispatchEquallyAsync");
        int batch = Math.max(1, (int) ((count + (long) actors.size() - 1) / actors.size()));
        return dispatch("DispatchEquallyAsync", name, count, batch, callback, 3, instData);
    }

    private DispatchHandle dispatch(String method, String name, int count, int batchSize, Object callback,
                                    int callbackArgument, Object instData) {
        checkAlive();
        if (count < 0) {
            throw new ScriptError(method + ": threadCount cannot be negative, got " + count);
        }
        if (!(callback instanceof Closure<?>)) {
            throw ValueText.badArgument(callbackArgument, method, "function", callback);
        }
        SharedTable inst = instData == null || instData instanceof SharedTable ? (SharedTable) instData
                : SharedTable.from(instData);
        RunContext.Location where = run.whereNow();
        return launch(new Dispatch(library.nextDispatchId(), run, library.report(), this, name, count, batchSize, callback,
                inst, where, 0), where).handle();
    }

    /**
     * Dispatch again (a command from outside the run, on the serial thread): dispatch {@code againOf}'s
     * thread, instruction data and callback with another thread count and batch size, as dispatch {@code newId}.
     */
    void dispatchAgain(long againOf, Parallelizer.Recipe recipe, long newId, int count, int batchSize) {
        checkAlive();
        RunContext.Location nowhere = new RunContext.Location(null, 0);
        launch(new Dispatch(newId, run, library.report(), this, recipe.threadName(), count, batchSize,
                recipe.callback(), recipe.instruction(), nowhere, againOf), nowhere);
    }

    /** Starts {@code d} now if the clones are ready, else once they are; a refusal now is the caller's error. */
    private Dispatch launch(Dispatch d, RunContext.Location where) {
        d.hold();
        inFlight.add(d);
        library.track(d);
        if (clonesReadyFor(d.threadName())) {
            String refusal = startOrRefusal(d);
            if (refusal != null) {
                d.failBeforeStart(refusal);
                throw new ScriptError(refusal);
            }
        } else {
            waiting.put(d, where);
            recheckWaiting();
        }
        return d;
    }

    /** True when every clone has bound {@code name} or ended its top-level code. */
    private boolean clonesReadyFor(String name) {
        for (Actor a : actors) {
            if (!a.isDestroyed() && library.thread(a, name) == null && !endedClones.contains(a)) {
                return false;
            }
        }
        return true;
    }

    /** Starts {@code d} on the actors that bound its thread; the refusal text if none did. */
    private String startOrRefusal(Dispatch d) {
        List<ActorRuntime> bound = new ArrayList<>();
        List<Closure<?>> fns = new ArrayList<>();
        for (Actor a : actors) {
            Closure<?> fn = a.isDestroyed() ? null : library.thread(a, d.threadName());
            if (fn != null) {
                bound.add(run.actor(a));
                fns.add(fn);
            }
        }
        if (bound.isEmpty()) {
            int failedClones = cloneFailures.failedCount();
            if (failedClones > 0) {
                return "no actor of this job scheduler has a thread named '" + d.threadName() + "': the job script"
                        + " failed in " + failedClones + " of " + actors.size() + " actors before it bound it (see above)";
            }
            return "no actor of this job scheduler has a thread named '" + d.threadName()
                    + "': the job script must call Parallelizer.CreateThread(actor, '" + d.threadName()
                    + "') { id, inst -> ... }";
        }
        d.start(bound, fns);
        return null;
    }

    /** A clone bound a thread or ended its top level: dispatches that waited for the clones may start. */
    void recheckWaiting() {
        for (Map.Entry<Dispatch, RunContext.Location> e : List.copyOf(waiting.entrySet())) {
            Dispatch d = e.getKey();
            if (clonesReadyFor(d.threadName()) && waiting.remove(d) != null) {
                String refusal = startOrRefusal(d);
                if (refusal != null) {
                    RunContext.Location at = e.getValue();
                    run.statistics().error(at.text(), refusal);
                    run.output(OutputMessage.of(OutputLevel.ERROR, refusal, at.script(), at.line()));
                    d.failBeforeStart(refusal);
                }
            }
        }
    }

    /** The end of clone {@code actor}'s top-level code; its error, if any, goes to the crash-chain guard. */
    boolean cloneEnded(Actor actor, Throwable failure) {
        boolean handled = failure != null && cloneFailures.failed(actor, run.describe(failure, jobScript), failure);
        endedClones.add(actor);
        recheckWaiting();
        return handled;
    }

    /** Every clone has run up to its first wait: summarise the errors so far. */
    void clonesStarted() {
        cloneFailures.startingDone();
    }

    void finished(Dispatch d) {
        inFlight.remove(d);
    }

    int actorCount() {
        return actors.size();
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
        waiting.clear();
        for (Actor a : actors) {
            library.forget(a);
            run.forgetActor(a);
            a.Destroy();
        }
        run.publish(new ParallelizerEvent.SchedulerDestroyed(run.clock().nanos(), id, jobScript.GetFullName(),
                actors.size()));
    }

    private void checkAlive() {
        if (destroyed) {
            throw new ScriptError("this JobScheduler was destroyed");
        }
    }

    private static String threadName(Object value, String method) {
        if (!(value instanceof CharSequence text)) {
            throw ValueText.badArgument(1, method, "string", value);
        }
        return text.toString();
    }

    /** A whole number argument, or an error naming it. */
    static int whole(Object value, int argument, String method) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        throw ValueText.badArgument(argument, method, "whole number", value);
    }

    @Override
    public String toString() {
        return "JobScheduler(" + jobScript.GetFullName() + ", " + actors.size() + " actors)";
    }
}
