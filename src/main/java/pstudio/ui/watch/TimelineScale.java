package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the worker timeline looks: a window of run-clock time over a width in pixels. It follows
 * the dispatch (fits it, growing as it runs) until the person zooms or pans, and again after
 * {@link #follow}. Not thread-safe: the JavaFX thread owns it.
 */
public final class TimelineScale {
    /** The narrowest window, so zooming in stops at single microseconds. */
    static final double MIN_SPAN_NANOS = 1_000;

    private double from;
    private double to = 1;
    private boolean following = true;

    public boolean following() {
        return following;
    }

    public void follow() {
        following = true;
    }

    public double from() {
        return from;
    }

    public double to() {
        return to;
    }

    /** While following, shows {@code start..end} with a little room after the end. */
    public void fit(long start, long end) {
        if (following) {
            double span = Math.max(MIN_SPAN_NANOS, end - start);
            from = start;
            to = start + span * 1.02;
        }
    }

    public double x(double nanos, double width) {
        return (nanos - from) / (to - from) * width;
    }

    public double nanosAt(double x, double width) {
        return from + x / width * (to - from);
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the time under {@code x} where it is. */
    public void zoomAt(double x, double width, double factor) {
        double at = nanosAt(x, width);
        double span = Math.max(MIN_SPAN_NANOS, (to - from) * factor);
        double share = width <= 0 ? 0.5 : x / width;
        from = at - span * share;
        to = from + span;
        following = false;
    }

    /** Moves the window as if the content were dragged {@code dx} pixels to the right. */
    public void panBy(double dx, double width) {
        double shift = dx / width * (to - from);
        from -= shift;
        to -= shift;
        following = false;
    }

    /** Tick times for an axis: a 1, 2 or 5 step that leaves at least {@code minPixels} between ticks. */
    public List<Double> ticks(double width, double minPixels) {
        double span = to - from;
        double rough = span * minPixels / Math.max(1, width);
        double step = Math.pow(10, Math.floor(Math.log10(rough)));
        if (step < rough && step * 2 >= rough) {
            step *= 2;
        } else if (step < rough && step * 5 >= rough) {
            step *= 5;
        } else if (step < rough) {
            step *= 10;
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(from / step) * step; t <= to; t += step) {
            ticks.add(t);
        }
        return ticks;
    }
}
