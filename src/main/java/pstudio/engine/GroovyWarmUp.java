package pstudio.engine;

/**
 * The first run in a process pays about a second and a half for Groovy itself: loading the
 * compiler, building the metaclasses, the first compile. Starting that on a background thread lets
 * it overlap with what comes first anyway (reading a place, showing the window).
 */
public final class GroovyWarmUp {
    private static final String SAMPLE = "def squares = (1..10).collect { it * it }\nprint(squares)";

    private GroovyWarmUp() {
    }

    /** Starts the warm-up on a daemon thread of that priority; a failure only leaves the first compile slow. */
    public static void startInBackground(int priority) {
        Thread warmUp = new Thread(() -> {
            try {
                ScriptCompiler.shared().compile(SAMPLE, "warm-up");
            } catch (ScriptCompileException | RuntimeException e) {
                // nothing to report: the first real compile does the same work and reports its own errors
            }
        }, "groovy-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(priority);
        warmUp.start();
    }
}
