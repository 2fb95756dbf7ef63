package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.List;

/**
 * One dispatch on the worker timeline, immutable: from its start to its end (or to the latest
 * sample while it runs), a lane per worker and a bar per batch.
 *
 * @param workers  the worker threads' names; a bar's {@code worker} indexes them
 * @param notKept  batches beyond what the timeline keeps for one dispatch
 */
public record TimelineFrame(long dispatchId, String threadName, long startNanos, long endNanos, boolean running,
                            List<String> workers, List<Bar> bars, long notKept) {
    public TimelineFrame {
        workers = List.copyOf(workers);
        bars = List.copyOf(bars);
    }

    /** A batch from {@code startNanos} to {@code endNanos} on one worker; a running one still grows. */
    public record Bar(int worker, int actorId, int actorIndex, String actor, int firstId, int lastId, long startNanos,
                      long endNanos, boolean failed, boolean running) {
        public long durationNanos() {
            return endNanos - startNanos;
        }
    }

    /** At least one lane per worker that ran a batch, and one per known worker. */
    public int laneCount() {
        int lanes = workers.size();
        for (Bar b : bars) {
            lanes = Math.max(lanes, b.worker() + 1);
        }
        return lanes;
    }

    /** The bars of each lane, each lane in start order (a worker runs one batch at a time). */
    public List<List<Bar>> lanes() {
        List<List<Bar>> lanes = new ArrayList<>();
        for (int i = 0; i < laneCount(); i++) {
            lanes.add(new ArrayList<>());
        }
        for (Bar b : bars) {
            lanes.get(b.worker()).add(b);
        }
        for (List<Bar> lane : lanes) {
            lane.sort((a, b) -> Long.compare(a.startNanos(), b.startNanos()));
        }
        return lanes;
    }

    public String workerName(int lane) {
        return lane < workers.size() ? workers.get(lane) : "worker " + (lane + 1);
    }
}
