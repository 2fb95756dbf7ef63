package pstudio.ui.watch;

import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * What the run-watching panels agree on: the dispatch the person selected (in the dispatch history;
 * the heatmap's Progress colouring and the timeline show it). 0 is none. Used on the JavaFX thread.
 */
public final class WatchSelection {
    private final LongProperty dispatch = new SimpleLongProperty(0);

    public LongProperty dispatchProperty() {
        return dispatch;
    }

    public long dispatch() {
        return dispatch.get();
    }

    public void selectDispatch(long dispatchId) {
        dispatch.set(dispatchId);
    }
}
