package pstudio.parallelizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import pstudio.engine.ScriptFailure;

/**
 * Notices the guide's "crash chain": the job script is cloned into every actor, so one bug fails in
 * all of them at once. The same error (same script line and exception type) in
 * {@code min(8, actorCount)} distinct actors of one dispatch trips it; the dispatch is then
 * aborted and summarised once instead of reported once per actor.
 */
final class CrashChainGuard {
    /** Distinct actors with the same error that make a chain (fewer when the scheduler has fewer actors). */
    static final int CHAIN_LENGTH = 8;

    private final int threshold;
    private final int actorCount;
    private final Map<String, Kind> kinds = new java.util.HashMap<>();
    private Kind tripped;

    CrashChainGuard(int threshold, int actorCount) {
        this.threshold = threshold;
        this.actorCount = actorCount;
    }

    enum Verdict {
        /** The first failure with this script line and type: report it. */
        FIRST_OF_ITS_KIND,
        /** A repeat: counted silently. */
        REPEAT,
        /** This repeat made a chain: abort the dispatch. */
        CHAIN_TRIPPED
    }

    synchronized Verdict record(ScriptFailure failure, String actorName, int actorId, int threadId) {
        String key = failure.location() + "|" + failure.errorType();
        Kind kind = kinds.get(key);
        ParallelizerEvent.ChainLink link = new ParallelizerEvent.ChainLink(actorId, actorName, threadId);
        if (kind == null) {
            kind = new Kind(failure, actorName, threadId);
            kinds.put(key, kind);
            kind.actors.put(actorId, link);
            return tripNow(kind) ? Verdict.CHAIN_TRIPPED : Verdict.FIRST_OF_ITS_KIND;
        }
        kind.actors.putIfAbsent(actorId, link);
        return tripNow(kind) ? Verdict.CHAIN_TRIPPED : Verdict.REPEAT;
    }

    private boolean tripNow(Kind kind) {
        if (tripped == null && kind.actors.size() >= threshold) {
            tripped = kind;
            return true;
        }
        return false;
    }

    /** The chain that tripped, with its final count, or null. */
    synchronized Chain chain() {
        if (tripped == null) {
            return null;
        }
        ScriptFailure f = tripped.first;
        String summary = "crash chain: " + f.message() + " at " + f.location() + " in " + tripped.actors.size()
                + " of " + actorCount + " actors (first in " + tripped.firstActor + ", thread " + tripped.firstThread
                + ")";
        return new Chain(summary, f, new ArrayList<>(tripped.actors.values()));
    }

    /** A tripped chain: one summary line, the first failure, and the actors it failed in. */
    record Chain(String summary, ScriptFailure first, List<ParallelizerEvent.ChainLink> links) {
        /** The per-actor list the Output shows under the summary ({@code JobActor7: thread 7}). */
        List<String> failures() {
            return links.stream().map(l -> l.actor() + ": thread " + l.threadId()).toList();
        }
    }

    private static final class Kind {
        final ScriptFailure first;
        final String firstActor;
        final int firstThread;
        /** By actor id, so the per-actor list reads in actor order. */
        final Map<Integer, ParallelizerEvent.ChainLink> actors = new TreeMap<>();

        Kind(ScriptFailure first, String firstActor, int firstThread) {
            this.first = first;
            this.firstActor = firstActor;
            this.firstThread = firstThread;
        }
    }
}
