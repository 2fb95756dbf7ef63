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
 * all at once, once per frame. At most {@link #MAX_PENDING} messages wait here: when a run prints
 * faster than the window draws, the oldest waiting prints are dropped and counted. Warnings and
 * errors are never dropped; when they alone fill the queue, the publisher waits for the next frame
 * (and the run's warnings wait for it), so memory stays bounded and the window never waits.
 */
public final class RunEventQueue implements RunListener {
    public static final int MAX_PENDING = 50_000;

    /** A waiting message and its place in arrival order, so prints and the rest merge back in order. */
    private record Waiting(long order, OutputMessage message) {
    }

    private final ArrayDeque<Waiting> prints = new ArrayDeque<>();
    private final ArrayDeque<Waiting> others = new ArrayDeque<>();
    private long arrivals;
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
                add(o.message());
            } else if (event instanceof RunEvent.StateChanged s) {
                latestState = s.state();
            }
        }
    }

    private void add(OutputMessage message) {
        if (message.level() == OutputLevel.PRINT) {
            prints.addLast(new Waiting(arrivals++, message));
        } else {
            awaitRoomForOthers();
            others.addLast(new Waiting(arrivals++, message));
        }
        while (prints.size() + others.size() > MAX_PENDING && !prints.isEmpty()) {
            dropped += prints.pollFirst().message().count();
        }
    }

    private void awaitRoomForOthers() {
        while (others.size() >= MAX_PENDING) {
            try {
                wait();
            } catch (InterruptedException e) {
                // the run is being thrown away: keep the message rather than lose it
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Takes everything waiting, in arrival order; a note of how many prints were dropped comes first. */
    public synchronized Batch drain() {
        List<OutputMessage> messages = new ArrayList<>(prints.size() + others.size() + 1);
        if (dropped > 0) {
            messages.add(OutputMessage.of(OutputLevel.WARN, String.format(
                    "%,d prints were dropped: the run printed faster than the window can show", dropped), null, 0));
            dropped = 0;
        }
        while (!prints.isEmpty() || !others.isEmpty()) {
            boolean printFirst = others.isEmpty()
                    || (!prints.isEmpty() && prints.peekFirst().order() < others.peekFirst().order());
            messages.add((printFirst ? prints : others).pollFirst().message());
        }
        notifyAll();
        RunState state = latestState;
        latestState = null;
        return new Batch(messages, state);
    }
}
