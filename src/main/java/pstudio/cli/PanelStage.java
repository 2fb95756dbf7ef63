package pstudio.cli;

import pstudio.protocol.EngineListener;

/**
 * A run-watching panel of the studio on a headless stage, for the benchmark: fed by a run's
 * messages as in the studio, shown or hidden on demand, timing its frames. The studio provides it
 * (the benchmark sits below the UI and finds it through {@link java.util.ServiceLoader}).
 */
public interface PanelStage extends AutoCloseable {
    /** What the case prints as the panel's name and how it is shown, e.g. "the Actors tab, 900 x 300". */
    String description();

    /** Starts the toolkit if need be and shows the stage, its panel hidden; the listener then takes the run's messages. */
    EngineListener open() throws Exception;

    /** Shows the panel (drawing each frame) or hides it (as an unselected tab: not drawn), and waits until it is. */
    void setShown(boolean shown) throws Exception;

    /** Starts timing frames afresh. */
    void startFrames() throws Exception;

    /** Stops timing frames; what was timed since {@link #startFrames()}. */
    FrameTimes stopFrames() throws Exception;

    @Override
    void close() throws Exception;
}
