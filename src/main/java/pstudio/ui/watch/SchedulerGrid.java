package pstudio.ui.watch;

import java.util.List;
import pstudio.place.FullNames;

/**
 * One job scheduler's actors in one frame, in scheduler order; immutable.
 *
 * @param storage   full name of the instance its actors live under
 * @param jobScript full name of the script cloned into them
 */
public record SchedulerGrid(long schedulerId, String storage, String jobScript, boolean destroyed,
                            List<ActorCell> cells) {
    public SchedulerGrid {
        cells = List.copyOf(cells);
    }

    /** The job script's own name. */
    public String jobName() {
        return FullNames.ownName(jobScript);
    }
}
