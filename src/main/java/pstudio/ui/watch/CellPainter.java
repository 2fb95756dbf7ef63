package pstudio.ui.watch;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import pstudio.engine.ActorState;

/**
 * Paints one heatmap cell: its colour, and a mark for its state that does not depend on colour
 * (a dot while busy, a cross once failed, a diagonal hatch once cancelled).
 */
final class CellPainter {
    private final Map<Integer, Color> colours = new HashMap<>();

    Color colour(int rgb) {
        return colours.computeIfAbsent(rgb, c -> Color.rgb(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff));
    }

    void paint(GraphicsContext g, double x, double y, double size, int rgb, ActorState state) {
        g.setFill(colour(rgb));
        g.fillRect(x, y, size, size);
        Color ink = HeatmapColouring.isLight(rgb) ? Color.BLACK : Color.WHITE;
        double inset = size >= 9 ? 2 : 1;
        switch (state) {
            case BUSY:
                double d = Math.max(2, Math.round(size * 0.4));
                g.setFill(ink);
                g.fillOval(x + (size - d) / 2, y + (size - d) / 2, d, d);
                break;
            case FAILED:
                g.setStroke(ink);
                g.setLineWidth(size >= 12 ? 1.5 : 1);
                g.strokeLine(x + inset, y + inset, x + size - inset, y + size - inset);
                g.strokeLine(x + size - inset, y + inset, x + inset, y + size - inset);
                break;
            case CANCELLED:
                g.setStroke(Color.gray(0.6));
                g.setLineWidth(1);
                g.strokeLine(x, y + size, x + size, y);
                if (size >= 9) {
                    g.strokeLine(x, y + size / 2, x + size / 2, y);
                    g.strokeLine(x + size / 2, y + size, x + size, y + size / 2);
                }
                break;
            default:
                break;
        }
    }
}
