package pstudio.protocol;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Keeps one engine process started and warmed up, so that Run only hands it a place. Taking the
 * spare starts the next one in the background. Launch settings are read at each launch, so a new
 * memory limit applies from the next spare on.
 */
public final class SpareEngine implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final Supplier<EngineLaunch> settings;
    private EngineProcess spare;
    private boolean closed;

    public SpareEngine(Supplier<EngineLaunch> settings) {
        this.settings = settings;
    }

    /** Starts the first spare now (it warms up while the user works). */
    public synchronized void prepare() {
        if (spare == null && !closed) {
            spare = launchQuietly();
        }
    }

    /**
     * A warmed-up engine for a run, waiting for it if the spare is still warming up; a fresh one if
     * the spare died or was started with other settings. The next spare starts at once.
     */
    public EngineProcess take() throws IOException, InterruptedException {
        EngineLaunch launch = settings.get();
        EngineProcess taken;
        synchronized (this) {
            if (closed) {
                throw new IOException("the studio is closing");
            }
            taken = spare != null && spare.isAlive() && spare.heapMegabytes() == launch.heapMegabytes()
                    ? spare : null;
            if (taken == null && spare != null) {
                spare.close();
            }
            spare = null;
        }
        if (taken == null) {
            taken = EngineProcess.launch(launch);
        }
        if (!taken.awaitReady(READY_TIMEOUT)) {
            taken.close();
            throw new IOException("the engine process did not start within " + READY_TIMEOUT.toSeconds() + " s");
        }
        prepare();
        return taken;
    }

    private EngineProcess launchQuietly() {
        try {
            return EngineProcess.launch(settings.get());
        } catch (IOException e) {
            return null; // take() launches again and reports the failure where a user sees it
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (spare != null) {
            spare.close();
            spare = null;
        }
    }
}
