package pstudio.ui.watch;

import pstudio.engine.ActorState;

/**
 * The heatmap's three colourings, as 0xRRGGBB per cell. Activity and Progress use perceptually
 * uniform scales that colour-blind eyes read in order (viridis, cividis); Errors uses red and a
 * near-black that differ in lightness, not only in hue. No toolkit.
 */
public enum HeatmapColouring {
    ACTIVITY("Activity"),
    PROGRESS("Progress"),
    ERRORS("Errors");

    static final int FAILED = 0xd62728;
    static final int CANCELLED = 0x161616;
    static final int HEALTHY = 0x5b6f82;
    static final int RESTING = 0x3b4653;
    /** Progress for an actor with no share in the dispatch shown. */
    static final int NOT_IN_DISPATCH = 0x30343a;

    /**
     * A cell's share is shown in steps of 1/STEPS: a smaller change is not seen, and drawing the
     * one-unit colour flicker of every cell's jitter was most of what a steady run repainted.
     */
    static final int STEPS = 50;

    private static final int[] VIRIDIS = {0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884,
            0x44bf70, 0x7ad151, 0xbddf26, 0xfde725};
    private static final int[] CIVIDIS = {0x00224e, 0x123570, 0x3b496c, 0x575d6d, 0x707173, 0x8a8779, 0xa69d75,
            0xc4b56c, 0xe4cf5b, 0xf6e44f, 0xfee838};

    private final String label;

    HeatmapColouring(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public int rgb(ActorCell cell) {
        switch (this) {
            case ACTIVITY:
                return scale(VIRIDIS, stepped(cell.activity()));
            case PROGRESS:
                double p = cell.progress();
                return Double.isNaN(p) ? NOT_IN_DISPATCH : scale(CIVIDIS, stepped(p));
            default:
                if (cell.state() == ActorState.FAILED) {
                    return FAILED;
                }
                if (cell.state() == ActorState.CANCELLED) {
                    return CANCELLED;
                }
                return cell.state() == ActorState.IDLE ? RESTING : HEALTHY;
        }
    }

    /** The colour of {@code fraction} (0 to 1) on this colouring's scale; Errors has none and answers its healthy colour. */
    public int scale(double fraction) {
        switch (this) {
            case ACTIVITY:
                return scale(VIRIDIS, fraction);
            case PROGRESS:
                return scale(CIVIDIS, fraction);
            default:
                return HEALTHY;
        }
    }

    /** {@code fraction} to the nearest step, where only none is 0 and only all is 1: started and finished stay apart from nearly so. */
    static double stepped(double fraction) {
        if (!(fraction > 0)) {
            return 0;
        }
        if (fraction >= 1) {
            return 1;
        }
        return Math.max(1, Math.min(STEPS - 1, Math.round(fraction * STEPS))) / (double) STEPS;
    }

    private static int scale(int[] stops, double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) f);
        double t = f - i;
        int a = stops[i];
        int b = stops[i + 1];
        int r = mix(a >> 16, b >> 16, t);
        int g = mix(a >> 8, b >> 8, t);
        int bl = mix(a, b, t);
        return r << 16 | g << 8 | bl;
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round((a & 0xff) + ((b & 0xff) - (a & 0xff)) * t);
    }

    /** Whether marks drawn over {@code rgb} should be dark (on a light cell) rather than light. */
    public static boolean isLight(int rgb) {
        double luminance = 0.2126 * (rgb >> 16 & 0xff) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
        return luminance > 140;
    }
}
