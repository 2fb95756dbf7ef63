package pstudio.protocol;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import pstudio.place.DataModel;

/**
 * The client's handle on one engine process: starts it, waits until it is warm, hands it a place,
 * passes its messages to a listener and ends it. Stop asks the engine to stop and kills the
 * process if it has not ended within half a second, so Stop takes at most about a second whatever
 * the scripts do.
 */
public final class EngineProcess implements AutoCloseable {
    private static final long STOP_GRACE_MILLIS = 500;
    private static final int STDERR_LINES_KEPT = 50;

    private final Process process;
    private final int heapMegabytes;
    private final DataOutputStream commands;
    private final FrameCodec writer = new FrameCodec();
    private final CompletableFuture<Long> ready = new CompletableFuture<>();
    private final CountDownLatch exited = new CountDownLatch(1);
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final Thread stderrReader;
    private volatile EngineListener listener;
    private volatile boolean endedCleanly;
    private volatile String engineProblem;
    private volatile boolean stopping;
    private volatile boolean sandboxed;
    private final boolean contained;

    private EngineProcess(Process process, int heapMegabytes, boolean contained) {
        this.process = process;
        this.contained = contained;
        this.heapMegabytes = heapMegabytes;
        this.commands = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        Thread reader = new Thread(this::readUntilExit, "engine-" + process.pid() + "-reader");
        reader.setDaemon(true);
        reader.start();
        stderrReader = new Thread(this::keepStderrTail, "engine-" + process.pid() + "-stderr");
        stderrReader.setDaemon(true);
        stderrReader.start();
    }

    /** Starts an engine process; it warms up on its own, see {@link #awaitReady}. */
    public static EngineProcess launch(EngineLaunch launch) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(launch.command());
        EngineProcess engine = new EngineProcess(builder.start(), launch.heapMegabytes(),
                launch.sandboxed() && Bubblewrap.isUsable());
        try {
            ProtocolVersion.writeGreeting(engine.commands, ProtocolVersion.CURRENT);
        } catch (IOException e) {
            engine.close();
            throw new IOException("the engine process could not be started: " + e.getMessage(), e);
        }
        return engine;
    }

    /**
     * What keeps this engine's scripts from the machine, in a sentence, once it is ready; null where
     * nothing does (a Java without a SecurityManager and no bwrap), which the studio must say.
     */
    public String sandbox() {
        if (sandboxed && contained) {
            return "a SecurityManager and bwrap";
        }
        if (sandboxed) {
            return "a SecurityManager";
        }
        return contained ? "bwrap (files outside the application are read-only, no network)" : null;
    }

    /** Whether the engine's SecurityManager is in place (known once it is ready). */
    public boolean securityManagerHolds() {
        return sandboxed;
    }

    public int heapMegabytes() {
        return heapMegabytes;
    }

    public boolean isAlive() {
        return process.isAlive() && exited.getCount() > 0;
    }

    /** Waits until the engine has warmed up; false on timeout; an exception with a sentence if it died. */
    public boolean awaitReady(Duration timeout) throws IOException, InterruptedException {
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Hands the engine its place; from now on every message and the exit go to {@code runListener}. */
    public void startRun(DataModel place, int workers, EngineListener runListener) throws IOException {
        startRun(new ClientCommand.StartRun(place, workers), runListener);
    }

    /** Like {@link #startRun(DataModel, int, EngineListener)}, with the run's delivery and whether its tree changes come too. */
    public void startRun(ClientCommand.StartRun start, EngineListener runListener) throws IOException {
        if (listener != null) {
            throw new IllegalStateException("an engine process runs one place");
        }
        listener = runListener;
        send(start);
        if (exited.getCount() == 0) {
            runListener.onExit(exitProblem());
        }
    }

    /** Cancels a dispatch of the run in flight; nothing happens if it has ended. */
    public void cancelDispatch(long dispatchId) throws IOException {
        send(new ClientCommand.CancelDispatch(dispatchId));
    }

    /** Dispatches again what {@code dispatchId} dispatched; the answer is a {@link EngineMessage.DispatchAgainResult}. */
    public void dispatchAgain(long dispatchId, int threadCount, int batchSize) throws IOException {
        send(new ClientCommand.DispatchAgain(dispatchId, threadCount, batchSize));
    }

    /** Asks where the run's scripts are busy; the answer is a {@link EngineMessage.Busy}. */
    public void reportBusy() throws IOException {
        send(new ClientCommand.ReportBusy());
    }

    /**
     * Ends the run and waits, however long it takes, until the engine has sent everything and exited:
     * for a client that takes every message (the runner), whose slow reader holds the engine back.
     * True if the engine stopped cleanly.
     */
    public boolean finish() throws InterruptedException {
        askToStop();
        exited.await();
        return endedCleanly;
    }

    /** Ends the run and the process within about a second; true if the engine stopped cleanly itself. */
    public boolean stop() throws InterruptedException {
        askToStop();
        if (!exited.await(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            exited.await(2, TimeUnit.SECONDS);
            return false;
        }
        return endedCleanly;
    }

    /** From here on the end is asked for: a process gone while stopping is no problem. */
    private void askToStop() {
        stopping = true;
        try {
            send(new ClientCommand.Stop());
        } catch (IOException alreadyGone) {
            // the process has ended; the reader thread says so
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private synchronized void send(ClientCommand command) throws IOException {
        writer.write(commands, command);
        commands.flush();
    }

    private void readUntilExit() {
        String protocolProblem = null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
            ProtocolVersion.readGreeting(in, "the engine process");
            FrameCodec codec = new FrameCodec();
            EngineMessage message;
            while ((message = codec.readEngineMessage(in)) != null) {
                if (message instanceof EngineMessage.Ready r) {
                    sandboxed = r.sandboxed();
                    ready.complete(r.pid());
                    continue;
                }
                if (message instanceof EngineMessage.Ended e) {
                    endedCleanly = e.problem() == null;
                    engineProblem = e.problem();
                }
                EngineListener l = listener;
                if (l != null) {
                    l.onMessage(message);
                }
            }
        } catch (IOException e) {
            protocolProblem = e.getMessage();
        } finally {
            finishExit(protocolProblem);
        }
    }

    private void finishExit(String protocolProblem) {
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            stderrReader.join(500); // what it said last explains an early end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String problem = protocolProblem != null && !stopping
                ? "The run's engine failed: " + protocolProblem + lastStderrLine() : exitProblem();
        ready.completeExceptionally(new IOException(problem == null ? "the engine process ended" : problem));
        exited.countDown();
        EngineListener l = listener;
        if (l != null) {
            l.onExit(problem);
        }
    }

    /** Why the process ended, in a sentence; null for a clean Stop (or a kill that Stop asked for). */
    private String exitProblem() {
        if (endedCleanly || stopping) {
            return null;
        }
        if (engineProblem != null) {
            return engineProblem;
        }
        String tail;
        synchronized (stderrTail) {
            tail = String.join("\n", stderrTail);
        }
        if (tail.contains("OutOfMemoryError")) {
            return OutOfMemory.sentence(null, heapMegabytes);
        }
        String reason = process.isAlive() ? "stopped answering" : "ended unexpectedly (exit status " + process.exitValue() + ")";
        String said = lastErrorLine();
        return "The run's engine process " + reason + (said == null ? "" : ": " + said);
    }

    /** What a process that never spoke the protocol said last (a JVM that could not start says why there). */
    private String lastStderrLine() {
        synchronized (stderrTail) {
            for (var it = stderrTail.descendingIterator(); it.hasNext(); ) {
                String line = it.next().strip();
                if (!line.isEmpty() && !line.startsWith("WARNING")) {
                    return " (it said: " + line + ")";
                }
            }
            return "";
        }
    }

    private String lastErrorLine() {
        synchronized (stderrTail) {
            String last = null;
            for (String line : stderrTail) {
                if (line.startsWith("error: ")) {
                    last = line.substring("error: ".length());
                }
            }
            return last;
        }
    }

    private void keepStderrTail() {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES_KEPT) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException e) {
            // the process is gone; what it said so far is kept
        }
    }
}
