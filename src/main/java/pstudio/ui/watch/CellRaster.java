package pstudio.ui.watch;

import pstudio.engine.ActorState;

/**
 * Paints heatmap cells as plain int writes into premultiplied ARGB pixels, {@code stride} to a
 * row: a cell's colour, and a mark for its state that does not depend on colour (a dot while busy,
 * a cross once failed, a diagonal hatch once cancelled). Writing ints, not asking a renderer to
 * rasterise a thousand rectangles, keeps the panel's CPU cost away from the engine's workers.
 */
final class CellRaster {
    static final int SELECTED = 0x4da3ff;
    static final int HOVERED = 0xffffff;
    private static final int HATCH = 0x999999;

    private final int[] pixels;
    private final int stride;

    CellRaster(int[] pixels, int stride) {
        this.pixels = pixels;
        this.stride = stride;
    }

    /** Paints a {@code size}-pixel cell at ({@code x}, {@code y}); a destroyed actor's cell is faded. */
    void paint(int x, int y, int size, int rgb, ActorState state, boolean faded) {
        double alpha = faded ? 0.45 : 1;
        fill(x, y, size, size, argb(rgb, alpha));
        int ink = argb(HeatmapColouring.isLight(rgb) ? 0x000000 : 0xffffff, alpha);
        int inset = size >= 9 ? 2 : 1;
        switch (state) {
            case BUSY:
                dot(x, y, size, Math.max(2, Math.round(size * 0.4f)), ink);
                break;
            case FAILED:
                for (int k = inset; k < size - inset; k++) {
                    set(x + k, y + k, ink);
                    set(x + size - 1 - k, y + k, ink);
                    if (size >= 12 && k + 1 < size - inset) { // a heavier cross on big cells
                        set(x + k + 1, y + k, ink);
                        set(x + size - 2 - k, y + k, ink);
                    }
                }
                break;
            case CANCELLED:
                int hatch = argb(HATCH, alpha);
                diagonal(x, y, size, size - 1, hatch);
                if (size >= 9) {
                    diagonal(x, y, size, size / 2 - 1, hatch);
                    diagonal(x, y, size, size - 1 + size / 2, hatch);
                }
                break;
            default:
                break;
        }
    }

    /** A ring {@code width} pixels wide just inside the cell at ({@code x}, {@code y}). */
    void outline(int x, int y, int size, int rgb, int width) {
        int c = argb(rgb, 1);
        fill(x, y, size, width, c);
        fill(x, y + size - width, size, width, c);
        fill(x, y, width, size, c);
        fill(x + size - width, y, width, size, c);
    }

    void fill(int x, int y, int w, int h, int argb) {
        for (int row = y; row < y + h; row++) {
            int at = row * stride + x;
            java.util.Arrays.fill(pixels, at, at + w, argb);
        }
    }

    private void dot(int x, int y, int size, int d, int ink) {
        double centre = size / 2.0;
        double r2 = d * d / 4.0;
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                double dx = i + 0.5 - centre;
                double dy = j + 0.5 - centre;
                if (dx * dx + dy * dy <= r2) {
                    set(x + i, y + j, ink);
                }
            }
        }
    }

    /** The cell's pixels whose column plus row is {@code sum}: a line rising to the right. */
    private void diagonal(int x, int y, int size, int sum, int colour) {
        for (int j = 0; j < size; j++) {
            int i = sum - j;
            if (i >= 0 && i < size) {
                set(x + i, y + j, colour);
            }
        }
    }

    private void set(int x, int y, int argb) {
        pixels[y * stride + x] = argb;
    }

    /** {@code rgb} at {@code alpha}, premultiplied, as the image's pixel format wants. */
    static int argb(int rgb, double alpha) {
        if (alpha >= 1) {
            return 0xff000000 | rgb;
        }
        int a = (int) Math.round(alpha * 255);
        int r = (rgb >> 16 & 0xff) * a / 255;
        int g = (rgb >> 8 & 0xff) * a / 255;
        int b = (rgb & 0xff) * a / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
