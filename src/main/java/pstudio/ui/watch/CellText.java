package pstudio.ui.watch;

import java.util.Locale;
import pstudio.place.FullNames;

/** What hovering or selecting a cell says about its actor, in words. No toolkit. */
final class CellText {
    private CellText() {
    }

    static String state(ActorCell cell) {
        return cell.state().name().toLowerCase(Locale.ROOT) + (cell.inCrashChain() ? " (crash chain)" : "")
                + (cell.destroyed() ? ", destroyed" : "");
    }

    /** The hover card: name and state, batches and threads, busy time, errors and the last one. */
    static String tooltip(ActorCell cell, String dispatchName) {
        StringBuilder text = new StringBuilder();
        text.append(cell.name()).append(" \u2014 ").append(state(cell)).append('\n');
        text.append("batches ").append(cell.batchesDone()).append(" of ").append(cell.batchesAssigned())
                .append(" done, threads ").append(cell.threadsDone()).append(" of ").append(cell.threadsAssigned())
                .append('\n');
        if (cell.dispatchAssigned() > 0 && dispatchName != null) {
            text.append("in ").append(dispatchName).append(": ").append(cell.dispatchDone()).append(" of ")
                    .append(cell.dispatchAssigned()).append(" threads done\n");
        }
        text.append("busy ").append(duration(cell.busyNanos())).append(", ")
                .append(Math.round(cell.activity() * 100)).append("% of the last second\n");
        text.append(cell.errors() == 1 ? "1 error" : cell.errors() + " errors");
        if (cell.lastError() != null) {
            text.append(": ").append(cell.lastError());
        }
        return text.toString();
    }

    /** The line under the grid for the selected actor. */
    static String selected(ActorCell cell) {
        String text = cell.name() + " \u2014 " + state(cell);
        if (cell.lastError() != null) {
            text += ": " + cell.lastError() + location(cell);
        }
        return text;
    }

    private static String location(ActorCell cell) {
        if (!cell.canGoToError()) {
            return "";
        }
        String script = cell.errorScript();
        return " (" + FullNames.ownName(script) + ":" + cell.errorLine() + ")";
    }

    static String duration(long nanos) {
        double seconds = nanos / 1e9;
        if (seconds >= 1) {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
