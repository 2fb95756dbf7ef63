package pstudio.cli;

import groovy.json.JsonOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import pstudio.protocol.TraceWriter;
import pstudio.engine.OutputDelivery;
import pstudio.engine.RunOptions;
import pstudio.place.DataModel;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceFileException;
import pstudio.protocol.ClientCommand;
import pstudio.protocol.EngineLaunch;
import pstudio.protocol.EngineMessage;
import pstudio.protocol.EngineProcess;
import pstudio.protocol.Sandbox;

/**
 * {@code studio run PLACE}: runs a place without a window until nothing more can happen, in an
 * engine process of its own, through the same protocol as the studio.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a place headless: prints go to stdout, warnings and errors to stderr.",
            "Ends when the run is quiescent (nothing left that can happen) or at the timeout.",
            "No message is dropped: a slow reader slows the run down instead.",
            "The scripts run in an engine process, a JVM of their own (see --memory).",
            "Exit status:",
            "  0  clean",
            "  1  a script error happened, or the run's engine failed (as when it ran out",
            "     of memory)",
            "  2  bad usage or a bad place file",
            "  3  timed out",
            "  4  output lost: stdout or stderr was closed (as by | head -1) and the run",
            "     was stopped; 4 wins over 1 and 3",
            "Scripts run in a sandbox: no files, processes, network, environment, system",
            "properties, native code, class loaders, Java threads or exit. On a Java without",
            "SecurityManager support the runner refuses to run unless --trust is given."})
public final class RunCommand implements Callable<Integer> {
    public static final int CLEAN = 0;
    public static final int SCRIPT_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int TIMED_OUT = 3;
    public static final int OUTPUT_LOST = 4;
    private static final int MIN_MEMORY_MEGABYTES = 64;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLACE", description = "the .place file to run")
    Path place;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "stop the run when its scripts have run this many seconds (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--report", paramLabel = "FILE", description = "write a JSON summary of the run to FILE")
    Path report;

    @Option(names = "--workers", paramLabel = "N", description = "parallel worker threads (default: the core count)")
    Integer workers;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "write the run as Chrome trace-event JSON to FILE (open it in Perfetto UI or chrome://tracing)")
    Path trace;

    @Option(names = "--memory", paramLabel = "MB",
            description = "the heap limit of the run's engine process in MB (default: ${DEFAULT-VALUE}: a quarter of"
                    + " the machine's memory, from 256 to 4096)")
    int memoryMegabytes = EngineLaunch.DEFAULT_HEAP_MEGABYTES;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = {"set an attribute the place already has before it runs, such as a sample's size:",
                "--set Size=64 (repeatable); NAME may be the instance's full name and the attribute's,",
                "as ServerScriptService.Master.Size, where several instances have one of that name"})
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--trust", description = "run the place even where no sandbox can be set up (a Java without"
            + " SecurityManager support): its scripts can then do anything this user can")
    boolean trust;

    /**
     * Whether the engine process can set its sandbox up. Injectable so the refusal can be tested on
     * any Java.
     */
    private final BooleanSupplier sandbox;

    public RunCommand() {
        this(RunCommand::engineCanSandbox);
    }

    RunCommand(BooleanSupplier sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * The scripts run in the engine process, which the same Java starts with the SecurityManager
     * allowed and which sets the sandbox up itself; this JVM runs no script, so it only asks whether
     * this Java still has a SecurityManager (Java 24 removed it).
     */
    private static boolean engineCanSandbox() {
        return Runtime.version().feature() < 24;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workerCount = workers == null ? RunOptions.defaultWorkers() : workers;
        if (workerCount < 1 || timeoutSeconds <= 0) {
            err.println("error: --workers must be at least 1 and --timeout above 0");
            return BAD_INPUT;
        }
        // before anything of the place is read or compiled
        if (!sandbox.getAsBoolean() && !trust) {
            err.println("error: this Java cannot sandbox scripts (it has no SecurityManager support), so nothing"
                    + " would keep the place's scripts from " + Sandbox.ENFORCED + "; run it with Java 17 to 23,"
                    + " or add --trust if you trust the place");
            return BAD_INPUT;
        }
        if (memoryMegabytes < MIN_MEMORY_MEGABYTES) {
            err.println("error: --memory must be at least " + MIN_MEMORY_MEGABYTES + " (MB)");
            return BAD_INPUT;
        }
        // the engine's JVM starts (and loads Groovy) while this one reads the place
        EngineProcess engine;
        try {
            engine = EngineProcess.launch(EngineLaunch.likeThisProcess(memoryMegabytes).withoutWarmUp());
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return SCRIPT_ERROR;
        }
        try {
            return runIn(engine, workerCount, out, err);
        } finally {
            engine.close();
        }
    }

    private int runIn(EngineProcess engine, int workerCount, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        DataModel loaded;
        try {
            loaded = PlaceFile.load(place);
        } catch (PlaceFileException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        try {
            PlaceSettings.apply(loaded, settings);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        }
        TraceWriter tracer = null;
        if (trace != null) {
            try {
                tracer = new TraceWriter(trace, place.getFileName().toString());
            } catch (IOException e) {
                err.println("error: cannot write the trace " + trace + ": " + e.getMessage());
                return BAD_INPUT;
            }
        }
        ConsoleOutput console = new ConsoleOutput(out, err, () -> stopSoon(engine));
        RunnerSession session = new RunnerSession(console, tracer);
        try {
            engine.startRun(new ClientCommand.StartRun(loaded, workerCount, OutputDelivery.EVERY_MESSAGE, false), session);
        } catch (IOException e) {
            session.onExit("The run's engine process ended before it got the place: " + e.getMessage());
        }
        // the timeout is for the scripts, not for starting the engine and compiling them
        session.awaitScriptsStarted(Duration.ofMinutes(2));
        boolean quiet = session.awaitQuiescent(Duration.ofMillis((long) (timeoutSeconds * 1000)));
        List<String> busy = List.of();
        if (!quiet && session.problem() == null && console.closedStreams() == null) {
            EngineMessage.Busy answer = session.askBusy(engine);
            quiet = answer != null && answer.quiescent(); // it went quiet while its last messages were on their way
            busy = answer == null ? List.of() : answer.locations();
        }
        engine.finish();
        out.flush();
        String closed = console.closedStreams();
        String problem = session.problem();
        EngineMessage.Statistics statistics = session.statistics();
        int errors = statistics == null ? 0 : ((Number) statistics.report().getOrDefault("errorCount", 0)).intValue();
        int status = closed != null ? OUTPUT_LOST : problem != null ? SCRIPT_ERROR
                : !quiet ? TIMED_OUT : errors > 0 ? SCRIPT_ERROR : CLEAN;
        if (closed != null) {
            long lost = console.notWritten();
            err.println(String.format("error: %s was closed before the run's output was all written, so the run was"
                    + " stopped; %,d %s not written", closed, lost, lost == 1 ? "message was" : "messages were"));
        } else if (problem != null) {
            err.println("error: " + problem);
        } else if (!quiet) {
            err.println("error: " + place + " was still running after " + format(timeoutSeconds)
                    + " s and was stopped (--timeout)" + (busy.isEmpty() ? "" : "; busy at " + String.join(", ", busy)));
        }
        boolean written = writeReport(statistics, workerCount, status, console, err) & finishTrace(tracer, err);
        return written ? status : BAD_INPUT;
    }

    private boolean finishTrace(TraceWriter tracer, PrintWriter err) {
        if (tracer == null) {
            return true;
        }
        try {
            tracer.close();
            return true;
        } catch (IOException e) {
            err.println("error: cannot write the trace " + trace + ": " + e.getMessage());
            return false;
        }
    }

    /** Stops the engine from a thread of its own: the reader thread that noticed the closed stream must not wait on itself. */
    private static void stopSoon(EngineProcess engine) {
        Thread stopper = new Thread(() -> {
            try {
                engine.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "runner-stop-on-closed-output");
        stopper.setDaemon(true);
        stopper.start();
    }

    private boolean writeReport(EngineMessage.Statistics statistics, int workerCount, int status, ConsoleOutput console,
                                PrintWriter err) {
        if (report == null) {
            return true;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("place", place.toString());
        json.put("exitStatus", status);
        json.put("timedOut", status == TIMED_OUT);
        json.put("workers", statistics == null ? workerCount : statistics.workers());
        json.put("outputClosed", console.closedStreams() != null);
        json.put("outputLost", console.notWritten());
        if (statistics != null) {
            json.putAll(statistics.report());
        }
        try {
            Files.writeString(report, JsonOutput.prettyPrint(JsonOutput.toJson(json)) + "\n", StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            err.println("error: cannot write the report " + report + ": " + e.getMessage());
            return false;
        }
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
