package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a lane's bars into the rectangles worth drawing at the current zoom: bars off screen are
 * left out and bars narrower than a pixel that touch are merged, so a dispatch of 100,000 batches
 * draws at most a few rectangles per pixel column.
 */
public final class TimelineLayout {
    private TimelineLayout() {
    }

    /** A rectangle to draw: {@code bar} is the batch, or null where several were merged ({@code count}). */
    public record Rect(double x, double width, TimelineFrame.Bar bar, int count, boolean failed, boolean running) {
    }

    /** {@code lane} in start order; {@code width} the lanes' width in pixels. */
    public static List<Rect> layout(List<TimelineFrame.Bar> lane, TimelineScale scale, double width) {
        List<Rect> rects = new ArrayList<>();
        Rect last = null;
        for (TimelineFrame.Bar b : lane) {
            double x0 = scale.x(b.startNanos(), width);
            double x1 = scale.x(b.endNanos(), width);
            if (x1 < 0 || x0 > width) {
                continue;
            }
            x0 = Math.max(0, x0);
            x1 = Math.min(width, Math.max(x1, x0 + 1)); // a batch is always at least a pixel wide
            // only narrow bars merge, into a narrow bar or a merged run: a wide bar always shows alone
            boolean narrow = x1 - x0 < 2;
            if (last != null && narrow && x0 <= last.x() + last.width() + 0.5 && (last.count() > 1 || last.width() < 2)) {
                double end = Math.max(last.x() + last.width(), x1);
                last = new Rect(last.x(), end - last.x(), null, last.count() + 1, last.failed() || b.failed(),
                        last.running() || b.running());
                rects.set(rects.size() - 1, last);
            } else {
                last = new Rect(x0, x1 - x0, b, 1, b.failed(), b.running());
                rects.add(last);
            }
        }
        return rects;
    }

    /** The bar under {@code nanos} in a lane in start order, within {@code slackNanos}; null if none. */
    public static TimelineFrame.Bar barAt(List<TimelineFrame.Bar> lane, double nanos, double slackNanos) {
        int lo = 0;
        int hi = lane.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lane.get(mid).startNanos() <= nanos + slackNanos) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        TimelineFrame.Bar best = null;
        for (int i = found; i >= 0 && i >= found - 2; i--) {
            TimelineFrame.Bar b = lane.get(i);
            if (b.endNanos() >= nanos - slackNanos && b.startNanos() <= nanos + slackNanos) {
                if (best == null || b.startNanos() <= nanos && b.endNanos() >= nanos) {
                    best = b;
                }
            }
        }
        return best;
    }

    /** A duration as a person reads it: 850 ns, 12.5 µs, 3.2 ms, 1.25 s. */
    public static String duration(double nanos) {
        double abs = Math.abs(nanos);
        if (abs < 1_000) {
            return String.format(Locale.ROOT, "%.0f ns", nanos);
        } else if (abs < 1_000_000) {
            return String.format(Locale.ROOT, "%.3g µs", nanos / 1e3);
        } else if (abs < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.3g ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.3g s", nanos / 1e9);
    }

    /** What hovering a bar says: its actor, its ids and how long it ran. */
    public static String describe(TimelineFrame.Bar b) {
        String ids = b.firstId() == b.lastId() ? "id " + b.firstId() : "ids " + b.firstId() + "–" + b.lastId();
        String state = b.running() ? ", running" : b.failed() ? ", failed" : "";
        return b.actor() + "\n" + ids + " · " + duration(b.durationNanos()) + state;
    }
}
