package pstudio.place;

import java.util.Arrays;

/**
 * The pixels of an EditableImage as opaque or translucent ARGB ints, with every drawing operation
 * clipped to the image, and the rectangle changed since the last {@link #takeChanges} remembered, so
 * only what changed is sent to the studio. Not thread-safe: {@link EditableImage} guards it.
 */
final class PixelRaster {
    private int width;
    private int height;
    private int[] pixels;
    private int dirtyLeft;
    private int dirtyTop;
    private int dirtyRight;
    private int dirtyBottom;
    private boolean resized = true;

    PixelRaster(int width, int height) {
        resize(width, height);
    }

    void resize(int newWidth, int newHeight) {
        width = newWidth;
        height = newHeight;
        pixels = new int[newWidth * newHeight];
        resized = true;
        clearMarks(); // the old rectangle may lie outside the new size
        markAll();
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int get(int x, int y) {
        return pixels[y * width + x];
    }

    boolean contains(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height;
    }

    void set(int x, int y, int argb) {
        if (contains(x, y)) {
            int i = y * width + x;
            pixels[i] = over(argb, pixels[i]);
            mark(x, y, x + 1, y + 1);
        }
    }

    void fill(int argb) {
        Arrays.fill(pixels, argb);
        markAll();
    }

    /** Fills the rectangle, clipped; a translucent colour blends over what is there. */
    void fillRect(int x, int y, int w, int h, int argb) {
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int right = (int) Math.min(width, (long) x + w);
        int bottom = (int) Math.min(height, (long) y + h);
        if (left >= right || top >= bottom) {
            return;
        }
        for (int row = top; row < bottom; row++) {
            int start = row * width;
            if (opaque(argb)) {
                Arrays.fill(pixels, start + left, start + right, argb);
            } else {
                for (int i = start + left; i < start + right; i++) {
                    pixels[i] = over(argb, pixels[i]);
                }
            }
        }
        mark(left, top, right, bottom);
    }

    /** A filled disc: every pixel whose centre lies within {@code radius} of the centre. */
    void fillCircle(double cx, double cy, double radius, int argb) {
        int top = (int) Math.floor(cy - radius);
        int bottom = (int) Math.ceil(cy + radius);
        double r2 = radius * radius;
        for (int y = Math.max(0, top); y <= Math.min(height - 1, bottom); y++) {
            double dy = y + 0.5 - cy;
            double half = r2 - dy * dy;
            if (half < 0) {
                continue;
            }
            double span = Math.sqrt(half);
            int from = (int) Math.ceil(cx - span - 0.5);
            int to = (int) Math.floor(cx + span - 0.5);
            if (from <= to) {
                fillRect(from, y, to - from + 1, 1, argb);
            }
        }
    }

    /** A one-pixel line from end to end, both included (Bresenham), clipped to the image first. */
    void line(int x0, int y0, int x1, int y1, int argb) {
        double[] clipped = clip(x0, y0, x1, y1);
        if (clipped == null) {
            return;
        }
        int x = (int) Math.round(clipped[0]);
        int y = (int) Math.round(clipped[1]);
        int endX = (int) Math.round(clipped[2]);
        int endY = (int) Math.round(clipped[3]);
        int dx = Math.abs(endX - x);
        int dy = -Math.abs(endY - y);
        int sx = x < endX ? 1 : -1;
        int sy = y < endY ? 1 : -1;
        int err = dx + dy;
        while (true) {
            set(x, y, argb);
            if (x == endX && y == endY) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /**
     * The part of the segment inside the image, grown by a pixel (Liang-Barsky), or null if none:
     * a line to (1e9, 1e9) then costs the image's size, not a billion steps.
     */
    private double[] clip(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double[] t = {0, 1};
        if (!clipEdge(-dx, x0 + 1, t) || !clipEdge(dx, width - x0, t)
                || !clipEdge(-dy, y0 + 1, t) || !clipEdge(dy, height - y0, t)) {
            return null;
        }
        return new double[] {x0 + t[0] * dx, y0 + t[0] * dy, x0 + t[1] * dx, y0 + t[1] * dy};
    }

    private static boolean clipEdge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }

    /** Copies {@code w}×{@code h} pixels from {@code source} (row by row) to (x, y), clipped. */
    void write(int x, int y, int w, int h, int[] source) {
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int right = (int) Math.min(width, (long) x + w);
        int bottom = (int) Math.min(height, (long) y + h);
        if (left >= right || top >= bottom) {
            return;
        }
        for (int row = top; row < bottom; row++) {
            System.arraycopy(source, (row - y) * w + (left - x), pixels, row * width + left, right - left);
        }
        mark(left, top, right, bottom);
    }

    /** {@code w}×{@code h} pixels from (x, y), row by row; pixels outside the image read as transparent. */
    int[] read(int x, int y, int w, int h) {
        int[] out = new int[w * h];
        for (int row = 0; row < h; row++) {
            for (int col = 0; col < w; col++) {
                if (contains(x + col, y + row)) {
                    out[row * w + col] = get(x + col, y + row);
                }
            }
        }
        return out;
    }

    /** What changed since the last call, or null when nothing did. */
    ImageChange takeChanges() {
        if (dirtyLeft >= dirtyRight || dirtyTop >= dirtyBottom) {
            return null;
        }
        int w = dirtyRight - dirtyLeft;
        int h = dirtyBottom - dirtyTop;
        int[] region = new int[w * h];
        for (int row = 0; row < h; row++) {
            System.arraycopy(pixels, (dirtyTop + row) * width + dirtyLeft, region, row * w, w);
        }
        ImageChange change = new ImageChange(width, height, dirtyLeft, dirtyTop, w, h, region, resized);
        clearMarks();
        resized = false;
        return change;
    }

    private void clearMarks() {
        dirtyLeft = dirtyTop = dirtyRight = dirtyBottom = 0;
    }

    void markAll() {
        mark(0, 0, width, height);
    }

    private void mark(int left, int top, int right, int bottom) {
        if (dirtyLeft >= dirtyRight) {
            dirtyLeft = left;
            dirtyTop = top;
            dirtyRight = right;
            dirtyBottom = bottom;
            return;
        }
        dirtyLeft = Math.min(dirtyLeft, left);
        dirtyTop = Math.min(dirtyTop, top);
        dirtyRight = Math.max(dirtyRight, right);
        dirtyBottom = Math.max(dirtyBottom, bottom);
    }

    private static boolean opaque(int argb) {
        return (argb >>> 24) == 0xff;
    }

    /** {@code top} drawn over {@code bottom} (straight alpha). */
    static int over(int top, int bottom) {
        int a = top >>> 24;
        if (a == 0xff) {
            return top;
        }
        if (a == 0) {
            return bottom;
        }
        int ba = bottom >>> 24;
        int outA = a + ba * (255 - a) / 255;
        if (outA == 0) {
            return 0;
        }
        int r = blend(top >> 16 & 0xff, a, bottom >> 16 & 0xff, ba, outA);
        int g = blend(top >> 8 & 0xff, a, bottom >> 8 & 0xff, ba, outA);
        int b = blend(top & 0xff, a, bottom & 0xff, ba, outA);
        return outA << 24 | r << 16 | g << 8 | b;
    }

    private static int blend(int top, int topAlpha, int bottom, int bottomAlpha, int outAlpha) {
        return (top * topAlpha + bottom * bottomAlpha * (255 - topAlpha) / 255) / outAlpha;
    }
}
