package pstudio.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunEvent;
import pstudio.engine.RunListener;
import pstudio.engine.RunState;

/**
 * Collects a run's events on the engine's publisher thread so that the JavaFX thread can take them
 * all at once, once per frame. The output waiting here is capped: when a run prints faster than the
 * window draws, the oldest waiting messages are dropped and counted, so memory stays bounded.
 */
public final class RunEventQueue implements RunListener {
    public static final int MAX_PENDING = 50_000;

    private final ArrayDeque<OutputMessage> output = new ArrayDeque<>();
    private long dropped;
    private RunState latestState;

    /** What arrived since the last drain. */
    public record Batch(List<OutputMessage> output, RunState latestState) {
        public boolean isEmpty() {
            return output.isEmpty() && latestState == null;
        }
    }

    @Override
    public synchronized void onEvents(List<RunEvent> events) {
        for (RunEvent event : events) {
            if (event instanceof RunEvent.Output o) {
                output.addLast(o.message());
                if (output.size() > MAX_PENDING) {
                    output.pollFirst();
                    dropped++;
                }
            } else if (event instanceof RunEvent.StateChanged s) {
                latestState = s.state();
            }
        }
    }

    /** Takes everything waiting; a note of how many messages were dropped comes first. */
    public synchronized Batch drain() {
        List<OutputMessage> messages = new ArrayList<>(output.size() + 1);
        if (dropped > 0) {
            messages.add(OutputMessage.of(OutputLevel.INFO, String.format(
                    "%,d messages were dropped: the run printed faster than the window can show", dropped), null, 0));
            dropped = 0;
        }
        messages.addAll(output);
        output.clear();
        RunState state = latestState;
        latestState = null;
        return new Batch(messages, state);
    }
}
