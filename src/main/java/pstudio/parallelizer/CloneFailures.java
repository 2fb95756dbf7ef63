package pstudio.parallelizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunContext;
import pstudio.engine.ScriptFailure;
import pstudio.place.Actor;

/**
 * The crash-chain guard for the job script's top-level code: one bug there fails in every clone
 * as {@code CreateJobScheduler} starts them. While the clones start, errors are held; then the same
 * error (same line and type) in {@code min(8, actorCount)} clones is reported once as a crash
 * chain, and rarer ones one by one. A clone that fails later, after a wait, is reported when it
 * happens; its repeats are counted and summarised once they make a chain.
 */
final class CloneFailures {
    private final RunContext run;
    private final long schedulerId;
    private final int actorCount;
    private final int threshold;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private boolean starting = true;
    private int failedClones;

    CloneFailures(RunContext run, long schedulerId, int actorCount) {
        this.run = run;
        this.schedulerId = schedulerId;
        this.actorCount = actorCount;
        this.threshold = Math.min(CrashChainGuard.CHAIN_LENGTH, actorCount);
    }

    synchronized int failedCount() {
        return failedClones;
    }

    /** Records a clone's top-level error; always handled here (true). */
    synchronized boolean failed(Actor actor, ScriptFailure failure, Throwable error) {
        failedClones++;
        run.statistics().error(failure.location(), failure.message() + " (" + actor.getName() + ")");
        String key = failure.location() + "|" + failure.errorType();
        Kind kind = kinds.computeIfAbsent(key, k -> new Kind(failure));
        kind.actors.add(new ParallelizerEvent.ChainLink(run.actor(actor).id(), actor.getName(), 0));
        if (starting) {
            return true;
        }
        if (kind.actors.size() == 1) {
            reportOne(failure, actor.getName());
        } else if (kind.actors.size() == threshold && !kind.summarised) {
            summarise(kind);
        }
        return true;
    }

    /** Every clone ran up to its first wait: report what happened so far, chains once. */
    synchronized void startingDone() {
        starting = false;
        for (Kind kind : kinds.values()) {
            if (kind.actors.size() >= threshold) {
                summarise(kind);
            } else {
                for (ParallelizerEvent.ChainLink actor : kind.actors) {
                    reportOne(kind.first, actor.actor());
                }
            }
        }
    }

    private void reportOne(ScriptFailure f, String actorName) {
        OutputMessage m = f.toOutput();
        run.output(new OutputMessage(m.timestampMillis(), m.level(), f.message() + " (" + actorName + ")",
                m.script(), m.line(), 1, m.details()));
    }

    private void summarise(Kind kind) {
        kind.summarised = true;
        ScriptFailure f = kind.first;
        String summary = "crash chain: " + f.message() + " at " + f.location() + " in " + kind.actors.size()
                + " of " + actorCount + " actors (first in " + kind.actors.get(0).actor()
                + "), in the job script's top-level code";
        run.output(new OutputMessage(System.currentTimeMillis(), OutputLevel.ERROR, summary, f.script(),
                f.line(), 1, kind.actors.stream().map(ParallelizerEvent.ChainLink::actor).toList()));
        run.publish(new ParallelizerEvent.CrashChain(run.clock().nanos(), 0, schedulerId, f.script(), f.line(),
                f.errorType(), f.message(), actorCount, kind.actors, summary));
    }

    private static final class Kind {
        final ScriptFailure first;
        final List<ParallelizerEvent.ChainLink> actors = new ArrayList<>();
        boolean summarised;

        Kind(ScriptFailure first) {
            this.first = first;
        }
    }
}
