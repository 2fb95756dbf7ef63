package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import pstudio.protocol.EngineMessage;
import pstudio.ui.RunCommands;

/**
 * A batch-size sweep of one dispatch in the live run: batch sizes 1, 2, 4, … up to "equal" (one
 * batch per actor), {@code repeats} times each, one at a time (the next goes when the last ended),
 * then the serial figure. The engine cannot pin a dispatch to one actor, so "serial" is the batch
 * size of the whole thread count: one batch, so one actor does all the work. No JavaFX here.
 */
public final class DispatchSweep {
    public enum State { RUNNING, DONE, CANCELLED, FAILED }

    /** One batch size's figures: the fastest of its repeats (least disturbed by the rest of the machine). */
    public record Point(int batchSize, long wallNanos, double utilisation, int runs) {
    }

    /** What the sweep shows: immutable, for the FX thread. {@code best} and {@code serial} may be null. */
    public record Result(DispatchRow source, State state, List<Point> points, Point best, Point serial,
                         int runsDone, int runsPlanned, String problem) {
    }

    private final DispatchRow source;
    private final int repeats;
    private final RunCommands commands;
    private final List<Integer> plan = new ArrayList<>();
    private final LongFunction<DispatchRow> rows;
    private final List<Point> measured = new ArrayList<>();
    private final List<Long> measuredIds = new ArrayList<>();
    private int next;
    private long waitingFor;
    private boolean awaitingId;
    private DispatchRow endedEarly;
    private State state = State.RUNNING;
    private String problem;

    /** {@code rows} gives a dispatch's latest row: its busy time arrives in telemetry after its end. */
    DispatchSweep(DispatchRow source, int repeats, RunCommands commands, LongFunction<DispatchRow> rows) {
        this.source = source;
        this.rows = rows;
        this.repeats = repeats;
        this.commands = commands;
        for (int batch : batchSizes(source.threads(), source.actors())) {
            for (int i = 0; i < repeats; i++) {
                plan.add(batch);
            }
        }
        int serial = Math.max(1, source.threads());
        for (int i = 0; i < repeats; i++) {
            plan.add(serial);
        }
    }

    /** 1, 2, 4, … below the equal batch size, then the equal batch size itself. */
    public static List<Integer> batchSizes(int threads, int actors) {
        int equal = equalBatchSize(threads, actors);
        List<Integer> sizes = new ArrayList<>();
        for (int b = 1; b < equal; b *= 2) {
            sizes.add(b);
        }
        sizes.add(equal);
        return sizes;
    }

    /** As DispatchEquallyAsync chooses it: the thread count over the actors, rounded up. */
    public static int equalBatchSize(int threads, int actors) {
        return Math.max(1, (int) ((threads + (long) Math.max(1, actors) - 1) / Math.max(1, actors)));
    }

    synchronized void start() {
        sendNext();
    }

    private void sendNext() {
        if (next >= plan.size()) {
            state = State.DONE;
            return;
        }
        awaitingId = true;
        endedEarly = null;
        commands.dispatchAgain(source.id(), source.threads(), plan.get(next));
    }

    void onResult(EngineMessage.DispatchAgainResult result) {
        synchronized (this) {
            if (state != State.RUNNING || !awaitingId || result.dispatchId() != source.id()) {
                return;
            }
            if (result.error() != null) {
                state = State.FAILED;
                problem = result.error();
                return;
            }
            awaitingId = false;
            waitingFor = result.newDispatchId();
        }
        DispatchRow early = endedEarly;
        if (early != null && early.id() == waitingFor) {
            onEnded(early);
        }
    }

    /** A dispatch of the run ended: if it is the one the sweep waits for, record it and send the next. */
    synchronized void onEnded(DispatchRow row) {
        if (state != State.RUNNING) {
            return;
        }
        if (awaitingId) {
            // The end can only overtake the answer in a race; keep it for when the id arrives.
            if (row.againOf() == source.id()) {
                endedEarly = row;
            }
            return;
        }
        if (row.id() != waitingFor) {
            return;
        }
        if (row.status() != DispatchRow.Status.DONE) {
            state = State.FAILED;
            problem = "the dispatch at batch size " + row.batchSize() + " " + row.status().label();
            return;
        }
        measured.add(new Point(row.batchSize(), row.wallNanos(), row.utilisation(), 1));
        measuredIds.add(row.id());
        next++;
        sendNext();
    }

    /** Stops the sweep: nothing more is sent and the dispatch in flight is cancelled. */
    public void cancel() {
        long inFlight;
        synchronized (this) {
            if (state != State.RUNNING) {
                return;
            }
            state = State.CANCELLED;
            inFlight = awaitingId ? 0 : waitingFor;
        }
        if (inFlight != 0) {
            commands.cancelDispatch(inFlight);
        }
    }

    synchronized boolean finished() {
        return state != State.RUNNING;
    }

    /** Called without the history's lock held (the history takes this sweep's lock under its own). */
    public Result result() {
        List<Point> runs;
        List<Long> ids;
        State state;
        String problem;
        synchronized (this) {
            runs = new ArrayList<>(measured);
            ids = List.copyOf(measuredIds);
            state = this.state;
            problem = this.problem;
        }
        List<Point> measured = new ArrayList<>(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            DispatchRow latest = rows.apply(ids.get(i));
            Point p = runs.get(i);
            measured.add(latest == null ? p : new Point(p.batchSize(), p.wallNanos(), latest.utilisation(), 1));
        }
        int serialBatch = Math.max(1, source.threads());
        boolean serialIsEqual = serialBatch == source.equalBatchSize();
        List<Point> points = new ArrayList<>();
        Point serial = null;
        int swept = Math.min(measured.size(), plan.size() - repeats);
        for (int batch : batchSizes(source.threads(), source.actors())) {
            Point p = fastest(measured.subList(0, swept), batch);
            if (p != null) {
                points.add(p);
            }
        }
        if (measured.size() > swept) {
            serial = fastest(measured.subList(swept, measured.size()), serialBatch);
        } else if (serialIsEqual && state == State.DONE) {
            serial = fastest(measured, serialBatch);
        }
        return new Result(source, state, List.copyOf(points), best(points), serial, measured.size(), plan.size(),
                problem);
    }

    private static Point fastest(List<Point> runs, int batch) {
        Point best = null;
        int count = 0;
        for (Point p : runs) {
            if (p.batchSize() == batch) {
                count++;
                if (best == null || p.wallNanos() < best.wallNanos()) {
                    best = p;
                }
            }
        }
        return best == null ? null : new Point(batch, best.wallNanos(), best.utilisation(), count);
    }

    /** The batch size with the shortest wall time; a tie goes to the smaller batch size (better balance). */
    static Point best(List<Point> points) {
        Point best = null;
        for (Point p : points) {
            if (best == null || p.wallNanos() < best.wallNanos()) {
                best = p;
            }
        }
        return best;
    }
}
