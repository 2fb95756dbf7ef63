package pstudio.ui.watch;

import pstudio.engine.ActorState;
import pstudio.engine.TelemetrySnapshot;

/**
 * What the heatmap model knows of one actor of a job scheduler: its latest counters, its errors
 * from the lifecycle, and the last second of its busy time. Used under the model's lock.
 */
final class ActorTrack {
    final int actorId;
    final long schedulerId;
    final int index;
    final String fullName;
    ActorState state = ActorState.IDLE;
    long batchesDone;
    long batchesAssigned;
    long threadsDone;
    long threadsAssigned;
    long busyNanos;
    private long sampledErrors;
    private long reportedErrors;
    String lastError;
    String errorScript;
    int errorLine;
    /** Its top-level code failed: it shows failed though it never ran a batch. */
    private boolean scriptFailed;
    boolean inCrashChain;
    boolean destroyed;

    /** Per snapshot (ring slot): busyNanos, and the time it was seen busy at a snapshot, summed. */
    private final long[] busyAt = new long[ActivityClock.RING];
    private final long[] seenBusyAt = new long[ActivityClock.RING];
    private long seenBusy;
    private long firstSeq = -1;
    private long lastSeq = -1;

    ActorTrack(int actorId, long schedulerId, int index, String fullName) {
        this.actorId = actorId;
        this.schedulerId = schedulerId;
        this.index = index;
        this.fullName = fullName;
    }

    void sampled(TelemetrySnapshot.ActorSample s, ActivityClock clock) {
        long seq = clock.seq();
        if (lastSeq == seq - 1 && s.state() == ActorState.BUSY) {
            seenBusy += clock.sinceLast(); // a long batch adds to busyNanos only when it ends
        }
        state = s.state();
        batchesDone = s.batchesDone();
        batchesAssigned = s.batchesAssigned();
        threadsDone = s.threadsDone();
        threadsAssigned = s.threadsAssigned();
        busyNanos = s.busyNanos();
        sampledErrors = s.errors();
        if (state != ActorState.IDLE) {
            scriptFailed = false;
        }
        int slot = ActivityClock.slot(seq);
        busyAt[slot] = busyNanos;
        seenBusyAt[slot] = seenBusy;
        if (firstSeq < 0) {
            firstSeq = seq;
        }
        lastSeq = seq;
    }

    /** The share of the last second it was busy, from busyNanos, or from being seen busy while a batch runs. */
    double activity(ActivityClock clock) {
        long seq = clock.seq();
        if (lastSeq != seq || destroyed) {
            return 0;
        }
        long from = Math.max(firstSeq, clock.windowStart());
        if (from >= seq) {
            return state == ActorState.BUSY ? 1 : 0;
        }
        int now = ActivityClock.slot(seq);
        int then = ActivityClock.slot(from);
        long busy = Math.max(busyAt[now] - busyAt[then], seenBusyAt[now] - seenBusyAt[then]);
        return Math.max(0, Math.min(1, (double) busy / clock.span(from)));
    }

    void failed(String message, String script, int line) {
        reportedErrors++;
        lastError = firstLine(message);
        errorScript = script;
        errorLine = line;
    }

    void scriptFailed(String message, String script, int line) {
        failed(message, script, line);
        scriptFailed = true;
    }

    long errors() {
        return Math.max(sampledErrors, reportedErrors);
    }

    ActorState shownState() {
        return state == ActorState.IDLE && (scriptFailed || inCrashChain) ? ActorState.FAILED : state;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
