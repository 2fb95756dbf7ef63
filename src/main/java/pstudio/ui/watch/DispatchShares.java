package pstudio.ui.watch;

import java.util.List;
import pstudio.engine.DispatchStatus;
import pstudio.parallelizer.ParallelizerEvent;

/**
 * One dispatch's threads per actor of its scheduler (by 0-based scheduler index): how many each was
 * assigned, and how many it has done. Used under the heatmap model's lock.
 *
 * <p>When every actor bound the thread, the Parallelizer's split is known from the dispatch alone
 * (batch b goes to share b mod n, share k to the k-th actor), so the assignment is exact. Done is
 * the larger of two counts: finished batches from spans (exact unless a span was lost), and the
 * actor's threadsDone counter since the dispatch started (moves during a long batch; mixes in a
 * neighbouring dispatch's tail if two run on one actor at once, so it is capped at the assignment).
 */
final class DispatchShares {
    final long dispatchId;
    final long schedulerId;
    final String threadName;
    private final long[] assigned;
    private final long[] spanDone;
    private final long[] counterDone;
    private final long[] baseDone;
    private final long[] baseAssigned;
    /** Not every actor bound the thread: which did is not known, so assignments come from the counters. */
    private final boolean assignedFromCounters;
    private boolean running = true;
    private boolean finished;

    DispatchShares(ParallelizerEvent.DispatchStarted started, List<ActorTrack> actors) {
        dispatchId = started.dispatchId();
        schedulerId = started.schedulerId();
        threadName = started.threadName();
        int n = actors.size();
        assigned = new long[n];
        spanDone = new long[n];
        counterDone = new long[n];
        baseDone = new long[n];
        baseAssigned = new long[n];
        assignedFromCounters = started.actorCount() != n;
        for (int k = 0; k < n; k++) {
            ActorTrack actor = actors.get(k);
            baseDone[k] = actor == null ? 0 : actor.threadsDone;
            baseAssigned[k] = actor == null ? 0 : actor.threadsAssigned;
        }
        if (!assignedFromCounters) {
            split(started.threadCount(), Math.max(1, started.batchSize()));
        }
    }

    /** The Parallelizer's split (see its Dispatch): consecutive batches dealt to the actors in turn. */
    private void split(long threadCount, long batchSize) {
        long batches = (threadCount + batchSize - 1) / batchSize;
        int shares = (int) Math.min(batches, assigned.length);
        for (int k = 0; k < shares; k++) {
            long mine = (batches - k + shares - 1) / shares;
            long threads = mine * batchSize;
            if ((batches - 1) % shares == k) {
                threads -= batches * batchSize - threadCount; // the last batch may be shorter
            }
            assigned[k] = threads;
        }
    }

    boolean running() {
        return running;
    }

    /** A snapshot's counters for the actor at {@code k}, while the dispatch runs. */
    void sampled(int k, ActorTrack actor) {
        if (!running || k < 0 || k >= assigned.length) {
            return;
        }
        counterDone[k] = actor.threadsDone - baseDone[k];
        if (assignedFromCounters) {
            assigned[k] = actor.threadsAssigned - baseAssigned[k];
        }
    }

    /** A finished batch of ids {@code first..last} on the actor at {@code k}. */
    void batchDone(int k, int first, int last) {
        if (k >= 0 && k < spanDone.length) {
            spanDone[k] += last - first + 1L;
        }
    }

    void ended(DispatchStatus status) {
        running = false;
        finished = status == DispatchStatus.FINISHED;
    }

    /** Threads assigned to the actor at {@code k}; -1 when it has no share. */
    long assigned(int k) {
        return k < 0 || k >= assigned.length || assigned[k] <= 0 ? -1 : assigned[k];
    }

    /** Threads done by the actor at {@code k}; -1 when it has no share. */
    long done(int k) {
        long a = assigned(k);
        if (a < 0) {
            return -1;
        }
        return finished ? a : Math.min(a, Math.max(spanDone[k], counterDone[k]));
    }
}
