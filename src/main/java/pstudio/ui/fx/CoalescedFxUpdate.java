package pstudio.ui.fx;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Runs an update on the JavaFX thread after a burst of requests from any thread: however many
 * requests arrive before it runs, at most one is pending, so a run that creates 256 actors costs
 * the window one update, not 256 posted tasks.
 */
public final class CoalescedFxUpdate {
    private final Runnable update;
    private final AtomicBoolean pending = new AtomicBoolean();

    public CoalescedFxUpdate(Runnable update) {
        this.update = update;
    }

    /** Safe from any thread; cheap when an update is already pending. */
    public void request() {
        if (pending.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                pending.set(false);
                update.run();
            });
        }
    }
}
