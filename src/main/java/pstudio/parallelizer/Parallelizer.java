package pstudio.parallelizer;

import groovy.lang.Closure;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import pstudio.engine.RunContext;
import pstudio.engine.ScriptError;
import pstudio.engine.SharedTable;
import pstudio.engine.ValueText;
import pstudio.place.Actor;
import pstudio.place.Instance;
import pstudio.place.Script;

/**
 * The Parallelizer library as scripts see it ({@code require(game.ReplicatedStorage.Parallelizer)}):
 * CreateJobScheduler, CreateThread and CreateInstructionData, named as in the Luau guide. One per
 * run, shared by every actor VM; implemented in Java for speed and exact telemetry.
 */
public final class Parallelizer {
    /** Ended dispatches whose final progress snapshots keep showing. */
    static final int RECENTLY_ENDED = 16;
    private final RunContext run;
    private final Map<Actor, Map<String, Closure<?>>> threads = new ConcurrentHashMap<>();
    private final Map<Actor, JobScheduler> schedulers = new ConcurrentHashMap<>();
    private final DispatchReport report;
    /** Dispatches in flight, by id, for cancel commands and snapshots. */
    private final Map<Long, Dispatch> live = new ConcurrentHashMap<>();
    /** What each dispatch of the run was, by id, for dispatch again (not the dispatch: its results may be big). */
    private final Map<Long, Recipe> recipes = new ConcurrentHashMap<>();
    /** The progress of the last dispatches that ended, newest last, so snapshots show how they ended. */
    private final ArrayDeque<DispatchProgress> ended = new ArrayDeque<>();
    /**
     * Ids count from 1 in each run, as a person reads them ("Dispatch 1"): an engine that warmed up
     * on dispatches of its own before the user's run would otherwise start them at 25.
     */
    private final AtomicLong dispatchIds = new AtomicLong();
    private final AtomicLong schedulerIds = new AtomicLong();

    Parallelizer(RunContext run) {
        this.run = run;
        this.report = new DispatchReport(run);
        run.telemetry().addSource(this::progress);
    }

    /** A fresh dispatch id; dispatch again takes one early, so the command can answer with it at once. */
    long nextDispatchId() {
        return dispatchIds.incrementAndGet();
    }

    long nextSchedulerId() {
        return schedulerIds.incrementAndGet();
    }

    /** Clones {@code jobScript} into {@code actorCount} new actors under {@code actorStorage} and runs each clone. */
    public JobScheduler CreateJobScheduler(Object jobScript, Object actorCount, Object actorStorage) {
        if (!(jobScript instanceof Script job)) {
            throw ValueText.badArgument(1, "CreateJobScheduler", "Script", jobScript);
        }
        int count = JobScheduler.whole(actorCount, 2, "CreateJobScheduler");
        if (count < 1) {
            throw new ScriptError("CreateJobScheduler: actorCount must be at least 1, got " + count);
        }
        if (!(actorStorage instanceof Instance storage)) {
            throw ValueText.badArgument(3, "CreateJobScheduler", "Instance", actorStorage);
        }
        if (run.inParallel()) {
            throw new ScriptError("CreateJobScheduler creates instances: call it in the serial phase");
        }
        // one compile for every clone; a job script that does not compile is reported once, before any clone exists
        run.compileOrReport(job, "CreateJobScheduler: the job script " + job.GetFullName()
                + " does not compile (see the syntax error above), so no actors were created");
        List<Actor> actors = new ArrayList<>(count);
        List<Script> clones = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Actor actor = new Actor();
            actor.setName(job.getName() + "Actor" + i);
            Script clone = (Script) job.Clone();
            clone.setDisabled(false);
            clone.setParent(actor);
            run.claimScript(clone);
            actor.setParent(storage);
            actors.add(actor);
            clones.add(clone);
        }
        JobScheduler scheduler = new JobScheduler(run, this, job, actors);
        run.publish(new ParallelizerEvent.SchedulerCreated(run.clock().nanos(), scheduler.id(), job.GetFullName(),
                count));
        for (int i = 0; i < count; i++) {
            Actor actor = actors.get(i);
            schedulers.put(actor, scheduler);
            run.actor(actor, scheduler.id(), i + 1);
            run.runClaimedScriptNow(clones.get(i), job, failure -> scheduler.cloneEnded(actor, failure));
        }
        scheduler.clonesStarted();
        return scheduler;
    }

    /** Binds {@code threadName} on {@code actor}: dispatches call {@code callback(id, inst)} for each id. */
    public void CreateThread(Object actor, Object threadName, Object callback) {
        if (!(actor instanceof Actor a)) {
            throw new ScriptError(ValueText.badArgument(1, "CreateThread", "Actor", actor).getMessage()
                    + ": pass script.GetActor()");
        }
        if (!(threadName instanceof CharSequence name) || name.length() == 0) {
            throw ValueText.badArgument(2, "CreateThread", "a thread name", threadName);
        }
        if (!(callback instanceof Closure<?> fn)) {
            throw ValueText.badArgument(3, "CreateThread", "function", callback);
        }
        threads.computeIfAbsent(a, k -> new ConcurrentHashMap<>()).put(name.toString(), fn);
        JobScheduler owner = schedulers.get(a);
        if (owner != null) {
            owner.recheckWaiting();
        }
    }

    /** Wraps data as a SharedTable; lists become 1-based, so {@code inst[1]} is the first element. */
    public SharedTable CreateInstructionData(Object data) {
        return data instanceof SharedTable t ? t : SharedTable.from(data);
    }

    Closure<?> thread(Actor actor, String name) {
        Map<String, Closure<?>> bound = threads.get(actor);
        return bound == null ? null : bound.get(name);
    }

    void forget(Actor actor) {
        threads.remove(actor);
        schedulers.remove(actor);
    }

    DispatchReport report() {
        return report;
    }

    /** A dispatch was made: it can be cancelled while in flight and dispatched again later. */
    void track(Dispatch d) {
        live.put(d.id(), d);
        recipes.put(d.id(), new Recipe(d.scheduler(), d.threadName(), d.callback(), d.instruction()));
    }

    void dispatchEnded(Dispatch d) {
        live.remove(d.id());
        synchronized (ended) {
            if (ended.size() == RECENTLY_ENDED) {
                ended.removeFirst();
            }
            ended.addLast(d.progress());
        }
    }

    Dispatch liveDispatch(long id) {
        return live.get(id);
    }

    Recipe recipe(long id) {
        return recipes.get(id);
    }

    /** Snapshots' part: every dispatch in flight, then the last ones that ended. */
    private List<DispatchProgress> progress() {
        List<DispatchProgress> out = new ArrayList<>();
        live.values().stream().sorted(java.util.Comparator.comparingLong(Dispatch::id))
                .forEach(d -> out.add(d.progress()));
        synchronized (ended) {
            out.addAll(ended);
        }
        return out;
    }

    RunContext run() {
        return run;
    }

    /** What dispatch again needs of a dispatch (not the dispatch itself, whose results may be big). */
    record Recipe(JobScheduler scheduler, String threadName, Object callback, SharedTable instruction) {
    }

    @Override
    public String toString() {
        return "Parallelizer";
    }
}
