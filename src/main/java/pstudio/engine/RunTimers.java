package pstudio.engine;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** The run's one timer thread, for task.wait, task.delay and timeouts; each pending timer keeps the run alive. */
final class RunTimers {
    private final ScheduledThreadPoolExecutor timers;
    private final SerialScheduler serial;

    RunTimers(String runName, SerialScheduler serial) {
        this.serial = serial;
        this.timers = new ScheduledThreadPoolExecutor(1, SerialScheduler.namedDaemons(runName + "-timer-"));
        timers.setRemoveOnCancelPolicy(true);
    }

    /**
     * Runs {@code action} after {@code seconds} as pending work that keeps the run alive. Returns what
     * drops it; cancelling {@code owner} (task.cancel) drops it too, so the run can still become quiescent.
     */
    Runnable schedule(Coroutine owner, double seconds, Runnable action) {
        serial.beginWork();
        ScheduledFuture<?> timer = timers.schedule(() -> {
            try {
                action.run();
            } finally {
                serial.endWork();
            }
        }, (long) (seconds * 1e9), TimeUnit.NANOSECONDS);
        Runnable drop = () -> {
            if (timer.cancel(false)) {
                serial.endWork();
            }
        };
        owner.wokenByTimer(drop);
        return drop;
    }

    void shutdown() {
        timers.shutdownNow();
    }
}
