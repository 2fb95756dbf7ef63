package pstudio.ui.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import pstudio.engine.ActorState;

/** The colours a cell takes as its figures move: what a person can tell apart, and only that, repaints. */
class HeatmapColouringTest {

    @Test
    void jitterSmallerThanAStepKeepsACellsColourSoASteadyRunDoesNotRepaint() {
        assertEquals(activity(0.0015), activity(0.0017), "an actor busy 0.15% or 0.17% of the last second");
        assertEquals(activity(0.301), activity(0.309));
        assertEquals(progress(500, 1000), progress(503, 1000));
    }

    @Test
    void aChangeOfAStepShows() {
        assertNotEquals(activity(0.30), activity(0.34));
        assertNotEquals(progress(500, 1000), progress(540, 1000));
    }

    @Test
    void anyWorkStaysApartFromNoneAndNearlyDoneFromDone() {
        assertNotEquals(activity(0), activity(0.001), "an actor that did anything in the last second");
        assertNotEquals(progress(0, 1000), progress(1, 1000), "an actor that has started its share");
        assertNotEquals(progress(999, 1000), progress(1000, 1000), "an actor one thread short of its share");
        assertEquals(HeatmapColouring.PROGRESS.scale(1), progress(1000, 1000));
        assertEquals(HeatmapColouring.ACTIVITY.scale(0), activity(0));
    }

    private static int activity(double share) {
        return HeatmapColouring.ACTIVITY.rgb(cell(share, 0, 0));
    }

    private static int progress(long done, long assigned) {
        return HeatmapColouring.PROGRESS.rgb(cell(0, done, assigned));
    }

    private static ActorCell cell(double activity, long dispatchDone, long dispatchAssigned) {
        return new ActorCell(1, 1, "Workspace.Actors.Actor1", ActorState.BUSY, activity, 0, 0, 0, 0, 0, 0,
                dispatchDone, dispatchAssigned, null, null, 0, false, false);
    }
}
