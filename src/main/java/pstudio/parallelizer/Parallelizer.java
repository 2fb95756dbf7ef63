package pstudio.parallelizer;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pstudio.engine.RunContext;
import pstudio.engine.ScriptError;
import pstudio.engine.SharedTable;
import pstudio.place.Actor;
import pstudio.place.Instance;
import pstudio.place.Script;

/**
 * The Parallelizer library as scripts see it ({@code require(game.ReplicatedStorage.Parallelizer)}):
 * CreateJobScheduler, CreateThread and CreateInstructionData, named as in the Luau guide. One per
 * run, shared by every actor VM; implemented in Java for speed and exact telemetry.
 */
public final class Parallelizer {
    private final RunContext run;
    private final Map<Actor, Map<String, Closure<?>>> threads = new ConcurrentHashMap<>();
    private final DispatchReport report;

    Parallelizer(RunContext run) {
        this.run = run;
        this.report = new DispatchReport(run);
    }

    /** Clones {@code jobScript} into {@code actorCount} new actors under {@code actorStorage} and runs each clone. */
    public JobScheduler CreateJobScheduler(Object jobScript, Object actorCount, Object actorStorage) {
        if (!(jobScript instanceof Script job)) {
            throw new ScriptError("CreateJobScheduler expects a Script as its job script, got " + describe(jobScript));
        }
        int count = JobScheduler.whole(actorCount, "actorCount");
        if (count < 1) {
            throw new ScriptError("CreateJobScheduler: actorCount must be at least 1, got " + count);
        }
        if (!(actorStorage instanceof Instance storage)) {
            throw new ScriptError("CreateJobScheduler expects an Instance to store the actors in, got "
                    + describe(actorStorage));
        }
        if (run.inParallel()) {
            throw new ScriptError("CreateJobScheduler creates instances: call it in the serial phase");
        }
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
        for (int i = 0; i < count; i++) {
            run.actor(actors.get(i));
            run.runClaimedScriptNow(clones.get(i), job);
        }
        return scheduler;
    }

    /** Binds {@code threadName} on {@code actor}: dispatches call {@code callback(id, inst)} for each id. */
    public void CreateThread(Object actor, Object threadName, Object callback) {
        if (!(actor instanceof Actor a)) {
            throw new ScriptError("CreateThread expects an Actor first (script.GetActor()), got " + describe(actor));
        }
        if (!(threadName instanceof CharSequence name) || name.length() == 0) {
            throw new ScriptError("CreateThread expects a thread name (a non-empty string) second");
        }
        if (!(callback instanceof Closure<?> fn)) {
            throw new ScriptError("CreateThread expects a function { id, inst -> ... } third");
        }
        threads.computeIfAbsent(a, k -> new ConcurrentHashMap<>()).put(name.toString(), fn);
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
    }

    DispatchReport report() {
        return report;
    }

    static String describe(Object o) {
        if (o == null) {
            return "nil";
        }
        return o instanceof Instance i ? i.describe() : o.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "Parallelizer";
    }
}
