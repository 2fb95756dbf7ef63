package pstudio.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import pstudio.engine.ErrorText;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.Run;
import pstudio.engine.RunEvent;
import pstudio.engine.RunState;

/**
 * What crosses the boundary while a run goes: its events as frames (output in batches, lifecycle
 * events, the run's tree changes when asked for) and its telemetry, sampled at most 60 times a
 * second. The server streams its run to the client this way, and the spare's warm-up streams its
 * own runs the same way into nothing, so that a user's first run finds this code warm too.
 */
final class RunStream {
    private static final long FLUSH_MILLIS = 8;
    /** Telemetry goes at most 60 times a second: what a display can show. */
    private static final long SAMPLE_NANOS = 16_666_667;

    private final FrameSink sink;
    private final TelemetrySampler sampler;
    private final TreeChangeStream tree;
    private final Run run;
    /** Taking a sample and putting it in line is one step, so samples reach the stream in the order taken. */
    private final Object sampling = new Object();
    /** A sample waits behind events not yet written; the next is not taken before it has gone. */
    private final AtomicBoolean sampleInLine = new AtomicBoolean();
    private volatile boolean closed;

    /** Streams {@code run}'s events from now on; call before the run starts. */
    RunStream(Run run, FrameSink sink, boolean treeChanges) {
        this.sink = sink;
        this.run = run;
        this.sampler = new TelemetrySampler(run.telemetry());
        this.tree = treeChanges ? new TreeChangeStream(run.place(), sink::send) : null;
        run.addListener(this::forward);
        Thread flusher = new Thread(this::flushEvery, "engine-frame-flusher");
        flusher.setDaemon(true);
        flusher.start();
    }

    /**
     * The stream's ordering guarantee: a sample is written after every lifecycle event that happened
     * before it was taken, so a client never sees a dispatch's batches or progress before the dispatch.
     * Events wait in the run's publisher for a while; the sample waits in the same line behind them.
     */
    private void sampleBehindEvents() {
        synchronized (sampling) {
            EngineMessage.Telemetry sample = sampler.sample();
            if (sample != null) {
                putInLine(sample);
            }
        }
    }

    private void putInLine(EngineMessage.Telemetry sample) {
        sampleInLine.set(true);
        run.afterEventsSoFar(() -> {
            sink.send(sample);
            sampleInLine.set(false);
        });
    }

    /**
     * A quiet run's counters are final: the client gets them just before the state, when that keeps
     * the guarantee (nothing happened since that is not written yet); otherwise they go in line.
     */
    private void sendQuietTelemetry(boolean lastOfBatch) {
        synchronized (sampling) {
            EngineMessage.Telemetry sample = sampler.sample();
            if (sample == null) {
                return;
            }
            if (lastOfBatch && !sampleInLine.get() && !run.eventsWaiting()) {
                sink.send(sample);
            } else {
                putInLine(sample);
            }
        }
    }

    /** The last sample, after Stop: the run's events have closed, so every one is written already. */
    void sendLastTelemetry() {
        synchronized (sampling) {
            EngineMessage.Telemetry sample = sampler.sample();
            if (sample != null) {
                sink.send(sample);
            }
        }
    }

    /** Images go with the frame's telemetry: once a frame, only the rectangles drawn since the last. */
    private void sendImages() {
        if (tree != null) {
            tree.takeImageChanges().forEach(sink::send);
        }
    }

    /** Ends the flusher (the warm-up's runs; a served run's stream ends with the process). */
    void close() {
        closed = true;
    }

    private void forward(List<RunEvent> events) {
        List<OutputMessage> output = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            RunEvent event = events.get(i);
            if (event instanceof RunEvent.Output o) {
                output.add(o.message());
                if (isOutOfMemory(o.message())) {
                    endOutOfMemory(output, o.message());
                }
            } else if (event instanceof RunEvent.StateChanged s) {
                flushOutput(output);
                if (s.state() == RunState.QUIESCENT) {
                    sendQuietTelemetry(i == events.size() - 1);
                }
                sink.send(new EngineMessage.StateChanged(s.state(), s.atNanos()));
            } else if (event instanceof Record lifecycle && RecordCodec.canWrite(lifecycle)) {
                flushOutput(output);
                sink.send(new EngineMessage.Lifecycle(lifecycle));
            }
        }
        flushOutput(output);
        sink.flush();
    }

    private static boolean isOutOfMemory(OutputMessage message) {
        return message.level() == OutputLevel.ERROR && message.text().startsWith(ErrorText.OUT_OF_MEMORY);
    }

    /** A full heap may have broken any thread of the engine, so the run ends here, saying where it happened. */
    private void endOutOfMemory(List<OutputMessage> output, OutputMessage error) {
        flushOutput(output);
        sink.send(new EngineMessage.Ended(false, OutOfMemory.sentence(error.location(), OutOfMemory.limitMegabytes())));
        sink.flush();
        Runtime.getRuntime().halt(EngineServer.OUT_OF_MEMORY);
    }

    private void flushOutput(List<OutputMessage> output) {
        if (!output.isEmpty()) {
            sink.send(new EngineMessage.Output(output));
            output.clear();
        }
    }

    private void flushEvery() {
        long nextSample = 0;
        while (!sink.broken() && !closed) {
            try {
                Thread.sleep(FLUSH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (System.nanoTime() >= nextSample) {
                if (!sampleInLine.get()) {
                    sampleBehindEvents();
                }
                sendImages();
                nextSample = System.nanoTime() + SAMPLE_NANOS;
            }
            sink.flush();
        }
    }
}
