package pstudio.protocol;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Keeps one engine process started and warmed up, so that Run only hands it a place. Taking the
 * spare starts the next one in the background once the run has ended, or {@link #NEXT_SPARE_DELAY}
 * after it was taken, whichever comes first: a starting JVM keeps both cores of a small machine busy
 * for a second or two, and a run's first dispatches should not share them with it. Launch settings
 * are read at each launch, so a new memory limit applies from the next spare on.
 */
public final class SpareEngine implements AutoCloseable {
    public static final Duration NEXT_SPARE_DELAY = Duration.ofSeconds(1);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final Supplier<EngineLaunch> settings;
    private final Duration nextSpareDelay;
    private EngineProcess spare;
    private boolean closed;
    /** Counts takes, so a delayed start meant for one run does not start a spare in the middle of a later one's first seconds. */
    private long takes;

    public SpareEngine(Supplier<EngineLaunch> settings) {
        this(settings, NEXT_SPARE_DELAY);
    }

    SpareEngine(Supplier<EngineLaunch> settings, Duration nextSpareDelay) {
        this.settings = settings;
        this.nextSpareDelay = nextSpareDelay;
    }

    /** Starts the first spare now (it warms up while the user works). */
    public synchronized void prepare() {
        if (spare == null && !closed) {
            spare = launchQuietly();
        }
    }

    /**
     * A warmed-up engine for a run, waiting for it if the spare is still warming up; a fresh one if
     * the spare died or was started with other settings. The next spare starts after a delay (see
     * the class), or sooner through {@link #prepareInBackground()}.
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
            takes++;
        }
        if (taken == null) {
            taken = EngineProcess.launch(launch);
        }
        if (!taken.awaitReady(READY_TIMEOUT)) {
            taken.close();
            throw new IOException("the engine process did not start within " + READY_TIMEOUT.toSeconds() + " s");
        }
        prepareAfter(nextSpareDelay, takesSoFar());
        return taken;
    }

    /** Starts the next spare now, off the caller's thread, if none is there: the run it follows has ended. */
    public void prepareInBackground() {
        prepareAfter(Duration.ZERO, takesSoFar());
    }

    /** Whether a spare is started (warming up or ready). */
    public synchronized boolean hasSpare() {
        return spare != null;
    }

    private synchronized long takesSoFar() {
        return takes;
    }

    /** Prepares after {@code delay}, unless the spare was taken again meanwhile (that take schedules its own). */
    private void prepareAfter(Duration delay, long takesThen) {
        CompletableFuture.runAsync(() -> {
            synchronized (this) {
                if (takes == takesThen) {
                    prepare();
                }
            }
        }, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
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
