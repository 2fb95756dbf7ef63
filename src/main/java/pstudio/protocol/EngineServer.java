package pstudio.protocol;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import pstudio.engine.ErrorText;
import pstudio.engine.GlobalLibrary;
import pstudio.engine.GroovyWarmUp;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.Run;
import pstudio.engine.RunEvent;
import pstudio.engine.RunState;
import pstudio.parallelizer.DispatchCommands;
import pstudio.parallelizer.StudioRun;

/**
 * The engine process's side of the boundary: greets, warms up, says Ready, then runs the one place
 * it is given and streams what happens until Stop or until the client goes away. One process runs
 * one place, so nothing of a run (metaclass changes, stray threads, a full heap) outlives it.
 */
final class EngineServer {
    static final int CLEAN = 0;
    static final int REFUSED = 2;
    static final int OUT_OF_MEMORY = 3;
    private static final long FLUSH_MILLIS = 8;
    /** Telemetry goes at most 60 times a second: what a display can show. */
    private static final long SAMPLE_NANOS = 16_666_667;

    private final DataInputStream in;
    private final FrameSink sink;
    private final PrintStream log;
    private final boolean sandboxed;
    private final List<GlobalLibrary> extraLibraries;
    private final FrameCodec reader = new FrameCodec();
    private volatile TelemetrySampler sampler;
    private volatile TreeChangeStream tree;
    private volatile Run run;
    /** Taking a sample and putting it in line is one step, so samples reach the stream in the order taken. */
    private final Object sampling = new Object();
    /** A sample waits behind events not yet written; the next is not taken before it has gone. */
    private final AtomicBoolean sampleInLine = new AtomicBoolean();

    EngineServer(DataInputStream in, OutputStream out, PrintStream log, boolean sandboxed) {
        this(in, out, log, sandboxed, List.of());
    }

    /** An engine whose runs also get {@code extraLibraries} (the benchmark's baselines), beside the Parallelizer. */
    EngineServer(DataInputStream in, OutputStream out, PrintStream log, boolean sandboxed,
                 List<GlobalLibrary> extraLibraries) {
        this.sandboxed = sandboxed;
        this.extraLibraries = List.copyOf(extraLibraries);
        this.in = in;
        this.sink = new FrameSink(out);
        this.log = log;
    }

    /** Serves one client; returns the exit status for the process. */
    int serve() {
        try {
            ProtocolVersion.writeGreeting(sink.stream(), ProtocolVersion.CURRENT);
            ProtocolVersion.readGreeting(in, "the studio");
        } catch (IOException e) {
            log.println("error: " + e.getMessage());
            return REFUSED;
        }
        if (Boolean.getBoolean(EngineLaunch.NO_WARM_UP_PROPERTY)) {
            GroovyWarmUp.startInBackground(Thread.NORM_PRIORITY); // overlaps with the place on its way
        } else {
            EngineWarmUp.run();
        }
        sink.send(new EngineMessage.Ready(ProcessHandle.current().pid(), sandboxed));
        sink.flush();
        try {
            ClientCommand first = reader.readCommand(in);
            if (!(first instanceof ClientCommand.StartRun start)) {
                return CLEAN;
            }
            return runUntilStopped(start);
        } catch (IOException e) {
            log.println("error: " + e.getMessage());
            return REFUSED;
        }
    }

    private int runUntilStopped(ClientCommand.StartRun start) throws IOException {
        Run run = StudioRun.owning(start.place(), start.workers(), start.delivery(), extraLibraries);
        this.run = run;
        sampler = new TelemetrySampler(run.telemetry());
        if (start.treeChanges()) {
            tree = new TreeChangeStream(run.place(), sink::send);
        }
        run.addListener(this::forward);
        DispatchCommands dispatches = DispatchCommands.of(run);
        Thread flusher = new Thread(this::flushEvery, "engine-frame-flusher");
        flusher.setDaemon(true);
        flusher.start();
        run.start();
        announceScriptsStarted(run);
        while (true) {
            ClientCommand command = reader.readCommand(in);
            if (command == null || command instanceof ClientCommand.Stop) {
                boolean clean = run.stop();
                sendLastTelemetry(); // every event has been written: the run's events have closed
                sink.send(new EngineMessage.Statistics(run.context().workerCount(), run.statistics().toMap()));
                sink.send(new EngineMessage.Ended(clean, null));
                sink.flush();
                return CLEAN;
            } else if (command instanceof ClientCommand.CancelDispatch c) {
                dispatches.cancel(c.dispatchId());
            } else if (command instanceof ClientCommand.DispatchAgain c) {
                DispatchCommands.Result result = dispatches.dispatchAgain(c.dispatchId(), c.threadCount(), c.batchSize());
                sink.send(new EngineMessage.DispatchAgainResult(c.dispatchId(), result.dispatchId(), result.error()));
                sink.flush();
            } else if (command instanceof ClientCommand.ReportBusy) {
                boolean quiescent = run.state() == RunState.QUIESCENT;
                sink.send(new EngineMessage.Busy(quiescent ? List.of() : run.busyLocations(), quiescent));
                sink.flush();
            }
        }
    }

    /** Tells the client when the scripts have compiled and started, from a thread of its own: the command loop goes on. */
    private void announceScriptsStarted(Run run) {
        Thread waiter = new Thread(() -> {
            try {
                run.awaitScriptsStarted(Duration.ofMinutes(10));
                sink.send(new EngineMessage.ScriptsStarted(run.context().clock().nanos()));
                sink.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "engine-scripts-started");
        waiter.setDaemon(true);
        waiter.start();
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
        Runtime.getRuntime().halt(OUT_OF_MEMORY);
    }

    private void flushOutput(List<OutputMessage> output) {
        if (!output.isEmpty()) {
            sink.send(new EngineMessage.Output(output));
            output.clear();
        }
    }

    private void flushEvery() {
        long nextSample = 0;
        while (!sink.broken()) {
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

    /** Images go with the frame's telemetry: once a frame, only the rectangles drawn since the last. */
    private void sendImages() {
        TreeChangeStream images = tree;
        if (images != null) {
            images.takeImageChanges().forEach(sink::send);
        }
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

    private void sendLastTelemetry() {
        synchronized (sampling) {
            EngineMessage.Telemetry sample = sampler.sample();
            if (sample != null) {
                sink.send(sample);
            }
        }
    }
}
