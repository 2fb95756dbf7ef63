package pstudio.ui.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one line Stop leaves in the Output: how long the run ran, where its scripts were busy, and
 * what became of the dispatches still running, as in
 * {@code stopped after 4.2 s; busy at ServerScriptService.Master.Job:6; dispatch 'Spin' cancelled, 2 of 256 threads done}.
 */
public final class StopSummary {

    /** A dispatch that Stop cut short: of {@code total} ids, {@code done} have their result and {@code failed} threw. */
    public record CutDispatch(String threadName, long total, long done, long failed) {
    }

    private StopSummary() {
    }

    /**
     * {@code busyAt} holds the script lines running when Stop was pressed; {@code idle} says the
     * engine answered that nothing was running; neither when the engine could not be asked.
     */
    public static String of(long elapsedMillis, List<String> busyAt, boolean idle, List<CutDispatch> cut) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "stopped after %.1f s", elapsedMillis / 1000.0));
        if (!busyAt.isEmpty()) {
            parts.add("busy at " + String.join(", ", busyAt));
        } else if (idle) {
            parts.add("the scripts were idle");
        }
        for (CutDispatch d : cut) {
            parts.add("dispatch '" + d.threadName() + "' cancelled, " + d.done() + " of " + d.total() + " threads done"
                    + (d.failed() > 0 ? ", " + d.failed() + " failed" : ""));
        }
        return String.join("; ", parts);
    }
}
