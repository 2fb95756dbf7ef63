package pstudio.cli;

import java.util.Arrays;

/**
 * The frames a panel stage timed: {@code intervalsMs} between consecutive frames (what sets the
 * frame rate), {@code workMs} the JavaFX thread's work in each (animation timers, CSS and layout;
 * rendering follows on the render thread and shows in the intervals), {@code redraws} the frames in
 * which the panel had something new to draw, over {@code seconds}.
 */
public record FrameTimes(double[] intervalsMs, double[] workMs, int redraws, double seconds) {
    public int frames() {
        return intervalsMs.length;
    }

    public double framesPerSecond() {
        return seconds > 0 ? frames() / seconds : 0;
    }

    /** All of these frames, then all of {@code other}'s. */
    public FrameTimes plus(FrameTimes other) {
        return new FrameTimes(concat(intervalsMs, other.intervalsMs), concat(workMs, other.workMs),
                redraws + other.redraws, seconds + other.seconds);
    }

    /** The q-th quantile (0.5 the median, 1 the maximum) of {@code values}; 0 if there are none. */
    public static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length); // nearest rank
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    static final FrameTimes NONE = new FrameTimes(new double[0], new double[0], 0, 0);

    private static double[] concat(double[] a, double[] b) {
        double[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
