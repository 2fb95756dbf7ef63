package pstudio.protocol;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import pstudio.engine.GlobalLibrary;
import pstudio.engine.GroovyWarmUp;
import pstudio.engine.Run;
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

    private final DataInputStream in;
    private final FrameSink sink;
    private final PrintStream log;
    private final boolean sandboxed;
    private final List<GlobalLibrary> extraLibraries;
    private final FrameCodec reader = new FrameCodec();

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
        RunStream stream = new RunStream(run, sink, start.treeChanges());
        DispatchCommands dispatches = DispatchCommands.of(run);
        run.start();
        announceScriptsStarted(run);
        while (true) {
            ClientCommand command = reader.readCommand(in);
            if (command == null || command instanceof ClientCommand.Stop) {
                boolean clean = run.stop();
                stream.sendLastTelemetry(); // every event has been written: the run's events have closed
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
}
