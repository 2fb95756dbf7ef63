package pstudio.parallelizer;

import pstudio.engine.DispatchStatus;
import pstudio.place.ScriptHost;

/** What DispatchAsync returns: {@code Status}, {@code Wait(timeoutSeconds)} and {@code Cancel()}. */
public final class DispatchHandle {
    private final Dispatch dispatch;

    DispatchHandle(Dispatch dispatch) {
        this.dispatch = dispatch;
    }

    /** "Running", "Finished", "Failed" or "Cancelled". */
    public String getStatus() {
        return text(dispatch.status());
    }

    /** Waits (yielding, in a script) until the dispatch ends; returns its status, or "Running" on timeout. */
    public String Wait(Number timeoutSeconds) {
        ScriptHost.current().await(dispatch.completion(), timeoutSeconds.doubleValue());
        return getStatus();
    }

    public String Wait() {
        ScriptHost.current().await(dispatch.completion(), -1);
        return getStatus();
    }

    /** Stops handing out batches and stops running ones between ids; the callback is not called. */
    public void Cancel() {
        dispatch.cancel();
    }

    static String text(DispatchStatus s) {
        String lower = s.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    public String toString() {
        return "Dispatch(" + getStatus() + ")";
    }
}
