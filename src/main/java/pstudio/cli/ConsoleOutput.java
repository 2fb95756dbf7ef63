package pstudio.cli;

import java.io.PrintWriter;
import java.util.List;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;

/**
 * Prints a run's output the way the runner promises: each print on stdout as its text alone (a
 * message the engine collapsed is printed as many times as it was printed), warnings and errors on
 * stderr as {@code WARN <location>: <text>} / {@code ERROR <location>: <text>}.
 *
 * <p>A closed stream (the reader went away, as {@code head -1} does) is noticed after each batch. From
 * then on nothing more is written to it, the messages meant for it are counted as not written (the
 * batch that was being written when it closed included), and {@code onClosed} runs once, so the
 * runner can end the run.
 */
final class ConsoleOutput {
    /** Detail lines (a stack, a crash chain's actors) printed under one message at most. */
    static final int MAX_DETAILS = 12;

    private final Channel out;
    private final Channel err;
    private final Runnable onClosed;
    private boolean announced;

    ConsoleOutput(PrintWriter out, PrintWriter err, Runnable onClosed) {
        this.out = new Channel("stdout", out);
        this.err = new Channel("stderr", err);
        this.onClosed = onClosed;
    }

    /** Prints one batch of output, as one Output message of the engine brought it. */
    void print(List<OutputMessage> batch) {
        for (OutputMessage m : batch) {
            print(m);
        }
        out.settle();
        err.settle();
        if ((out.closed || err.closed) && !announced) {
            announced = true;
            onClosed.run();
        }
    }

    /** Messages that never reached a reader because their stream was closed; a repeat counts as often as it happened. */
    long notWritten() {
        return out.lost + err.lost;
    }

    /** The closed streams ("stdout", "stderr", "stdout and stderr"), or null while both are open. */
    String closedStreams() {
        if (out.closed && err.closed) {
            return "stdout and stderr";
        }
        return out.closed ? out.name : err.closed ? err.name : null;
    }

    private void print(OutputMessage m) {
        if (m.level() == OutputLevel.PRINT || m.level() == OutputLevel.INFO) {
            out.inBatch += m.count();
            if (!out.closed) {
                for (int i = 0; i < m.count(); i++) {
                    out.writer.println(m.text());
                }
            }
            return;
        }
        err.inBatch += m.count();
        if (err.closed) {
            return;
        }
        String where = m.location() == null ? "" : " " + m.location();
        String times = m.count() > 1 ? " (x" + m.count() + ")" : "";
        err.writer.println(m.level() + where + ": " + m.text() + times);
        List<String> details = m.details();
        int shown = details.size() <= MAX_DETAILS ? details.size() : MAX_DETAILS - 1;
        for (int i = 0; i < shown; i++) {
            err.writer.println("    " + details.get(i));
        }
        if (shown < details.size()) {
            // a crash chain lists every actor; the terminal gets the first few and the count
            err.writer.printf("    ... and %,d more%n", details.size() - shown);
        }
    }

    /** One of the two streams; touched only on the engine's reader thread, read by the runner after the run. */
    private static final class Channel {
        final String name;
        final PrintWriter writer;
        volatile boolean closed;
        volatile long lost;
        long inBatch;

        Channel(String name, PrintWriter writer) {
            this.name = name;
            this.writer = writer;
        }

        /** Flushes the batch (checkError flushes) and counts it as lost if the stream is or just became closed. */
        void settle() {
            if (!closed && writer.checkError()) {
                closed = true;
            }
            if (closed) {
                lost += inBatch;
            }
            inBatch = 0;
        }
    }
}
