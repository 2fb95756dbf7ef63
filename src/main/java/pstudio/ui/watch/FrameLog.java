package pstudio.ui.watch;

import java.util.Arrays;
import pstudio.cli.FrameTimes;

/** The benchmark's record of frames, on the JavaFX thread: when each pulse started, what its work took, whether the heatmap had something new to draw. */
final class FrameLog {
    private boolean timing;
    private long started;
    private long lastPulse;
    private long pulseStart;
    private long lastVersion = -1;
    private double[] intervals = new double[256];
    private double[] work = new double[256];
    private int frames;
    private int works;
    private int redraws;

    boolean timing() {
        return timing;
    }

    void start() {
        timing = true;
        started = System.nanoTime();
        lastPulse = 0;
        pulseStart = 0;
        lastVersion = -1;
        frames = 0;
        works = 0;
        redraws = 0;
    }

    /** At the start of a pulse, {@code now} its time, {@code version} the heatmap model's version then. */
    void pulseStarted(long now, long version) {
        pulseStart = System.nanoTime();
        if (lastPulse != 0) {
            intervals = room(intervals, frames);
            intervals[frames++] = (now - lastPulse) / 1e6;
        }
        lastPulse = now;
        if (version != lastVersion) {
            redraws++;
            lastVersion = version;
        }
    }

    /** After the pulse's CSS and layout: the JavaFX thread's part of the frame is done. */
    void pulseLaidOut() {
        if (timing && pulseStart != 0) {
            work = room(work, works);
            work[works++] = (System.nanoTime() - pulseStart) / 1e6;
            pulseStart = 0;
        }
    }

    FrameTimes stop() {
        timing = false;
        return new FrameTimes(Arrays.copyOf(intervals, frames), Arrays.copyOf(work, works), redraws,
                (System.nanoTime() - started) / 1e9);
    }

    private static double[] room(double[] values, int used) {
        return used < values.length ? values : Arrays.copyOf(values, values.length * 2);
    }
}
