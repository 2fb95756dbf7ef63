package pstudio.ui.watch;

import java.util.List;
import pstudio.engine.ActorState;

/**
 * What the heatmap draws in one frame, immutable: every job scheduler's grid, and the dispatch the
 * Progress colouring shows (the selected one, else the newest; {@code dispatchId} 0 and
 * {@code dispatchName} null when the run has none). {@code run} counts the runs the model has
 * seen, so a view can forget what it picked in the last one (actor ids start again in each run).
 */
public record HeatmapFrame(long run, List<SchedulerGrid> grids, long dispatchId, String dispatchName,
                           boolean dispatchRunning) {
    public static final HeatmapFrame EMPTY = new HeatmapFrame(0, List.of(), 0, null, false);

    public HeatmapFrame {
        grids = List.copyOf(grids);
    }

    public int actorCount() {
        return grids.stream().mapToInt(g -> g.cells().size()).sum();
    }

    /** How many cells show {@code state}. */
    public int count(ActorState state) {
        int n = 0;
        for (SchedulerGrid grid : grids) {
            for (ActorCell cell : grid.cells()) {
                if (cell.state() == state) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The cell of actor {@code actorId}, or null. */
    public ActorCell cell(int actorId) {
        for (SchedulerGrid grid : grids) {
            for (ActorCell cell : grid.cells()) {
                if (cell.actorId() == actorId) {
                    return cell;
                }
            }
        }
        return null;
    }
}
