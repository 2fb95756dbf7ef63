package pstudio.ui.viewport;

/**
 * How an image sits in its view: scaled to fit, times the user's zoom, moved by their pan. Pure
 * arithmetic, so the zoom around the pointer is tested without a window.
 */
final class ViewTransform {
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 64;

    private double zoom = 1;
    private double panX;
    private double panY;

    /** The scale that fits {@code imageW}×{@code imageH} in the view, whole. */
    static double fit(double viewW, double viewH, int imageW, int imageH) {
        if (imageW <= 0 || imageH <= 0 || viewW <= 0 || viewH <= 0) {
            return 1;
        }
        return Math.min(viewW / imageW, viewH / imageH);
    }

    double zoom() {
        return zoom;
    }

    /** Screen pixels per image pixel. */
    double scale(double viewW, double viewH, int imageW, int imageH) {
        return fit(viewW, viewH, imageW, imageH) * zoom;
    }

    /** Where the image's top left corner is drawn: centred, then panned. */
    double left(double viewW, double viewH, int imageW, int imageH) {
        return (viewW - imageW * scale(viewW, viewH, imageW, imageH)) / 2 + panX;
    }

    double top(double viewW, double viewH, int imageW, int imageH) {
        return (viewH - imageH * scale(viewW, viewH, imageW, imageH)) / 2 + panY;
    }

    /** Zooms by {@code factor}, keeping the image point under (px, py) where it is. */
    void zoomAround(double factor, double px, double py, double viewW, double viewH, int imageW, int imageH) {
        double oldScale = scale(viewW, viewH, imageW, imageH);
        double imageX = (px - left(viewW, viewH, imageW, imageH)) / oldScale;
        double imageY = (py - top(viewW, viewH, imageW, imageH)) / oldScale;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double newScale = scale(viewW, viewH, imageW, imageH);
        double centredLeft = (viewW - imageW * newScale) / 2;
        double centredTop = (viewH - imageH * newScale) / 2;
        panX = px - imageX * newScale - centredLeft;
        panY = py - imageY * newScale - centredTop;
    }

    void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
    }

    void reset() {
        zoom = 1;
        panX = 0;
        panY = 0;
    }

    /** The image pixel under a view point, or null outside the image. */
    int[] pixelAt(double px, double py, double viewW, double viewH, int imageW, int imageH) {
        double s = scale(viewW, viewH, imageW, imageH);
        int x = (int) Math.floor((px - left(viewW, viewH, imageW, imageH)) / s);
        int y = (int) Math.floor((py - top(viewW, viewH, imageW, imageH)) / s);
        return x >= 0 && y >= 0 && x < imageW && y < imageH ? new int[] {x, y} : null;
    }
}
