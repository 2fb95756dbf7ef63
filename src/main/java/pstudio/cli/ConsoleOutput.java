package pstudio.cli;

import java.io.PrintWriter;
import java.util.List;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.engine.RunEvent;
import pstudio.engine.RunListener;

/**
 * Prints a run's output the way the runner promises: each print on stdout as its text alone (a
 * message the engine collapsed is printed as many times as it was printed), warnings and errors on
 * stderr as {@code WARN <location>: <text>} / {@code ERROR <location>: <text>}.
 */
final class ConsoleOutput implements RunListener {
    private final PrintWriter out;
    private final PrintWriter err;

    ConsoleOutput(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void onEvents(List<RunEvent> events) {
        for (RunEvent e : events) {
            if (e instanceof RunEvent.Output o) {
                print(o.message());
            }
        }
        out.flush();
        err.flush();
    }

    private void print(OutputMessage m) {
        if (m.level() == OutputLevel.PRINT || m.level() == OutputLevel.INFO) {
            for (int i = 0; i < m.count(); i++) {
                out.println(m.text());
            }
            return;
        }
        String where = m.location() == null ? "" : " " + m.location();
        String times = m.count() > 1 ? " (x" + m.count() + ")" : "";
        err.println(m.level() + where + ": " + m.text() + times);
        for (String detail : m.details()) {
            err.println("    " + detail);
        }
    }
}
