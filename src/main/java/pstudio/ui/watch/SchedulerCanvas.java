package pstudio.ui.watch;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** One job scheduler's grid on one Canvas: a cell per actor, {@code pitch} pixels apart, in rows of {@code columns}. */
final class SchedulerCanvas {
    private final Canvas canvas = new Canvas();
    private SchedulerGrid grid;
    private int pitch = 8;
    private int columns = 1;

    Canvas canvas() {
        return canvas;
    }

    SchedulerGrid grid() {
        return grid;
    }

    /** Sizes the canvas for {@code cells} cells; returns whether its size changed. */
    boolean layout(int cells, int newPitch, int newColumns) {
        pitch = newPitch;
        columns = Math.max(1, newColumns);
        int rows = (cells + columns - 1) / columns;
        double w = Math.min(cells, columns) * (double) pitch;
        double h = rows * (double) pitch;
        boolean changed = w != canvas.getWidth() || h != canvas.getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        return changed;
    }

    /** Clears the whole canvas and draws {@code shown}; the hovered and selected actors are outlined. */
    void draw(SchedulerGrid shown, HeatmapColouring colouring, CellPainter painter, int hoveredId, int selectedId) {
        grid = shown;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double size = pitch - 1;
        int i = 0;
        for (ActorCell cell : shown.cells()) {
            double x = (i % columns) * pitch;
            double y = (i / columns) * pitch;
            g.setGlobalAlpha(cell.destroyed() ? 0.45 : 1);
            painter.paint(g, x, y, size, colouring.rgb(cell), cell.state());
            g.setGlobalAlpha(1);
            if (cell.actorId() == selectedId || cell.actorId() == hoveredId) {
                g.setStroke(cell.actorId() == selectedId ? Color.web("#4da3ff") : Color.WHITE);
                g.setLineWidth(cell.actorId() == selectedId ? 2 : 1);
                g.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
            }
            i++;
        }
    }

    /** The cell under ({@code x}, {@code y}) in the canvas, or null. */
    ActorCell cellAt(double x, double y) {
        if (grid == null || x < 0 || y < 0 || x >= canvas.getWidth() || y >= canvas.getHeight()) {
            return null;
        }
        int column = (int) (x / pitch);
        int index = (int) (y / pitch) * columns + column;
        return column < columns && index < grid.cells().size() ? grid.cells().get(index) : null;
    }

    /** The point at fractions {@code fx}, {@code fy} of actor {@code actorId}'s cell, in the canvas; null if it has none. */
    Point2D pointOf(int actorId, double fx, double fy) {
        if (grid == null) {
            return null;
        }
        for (int i = 0; i < grid.cells().size(); i++) {
            if (grid.cells().get(i).actorId() == actorId) {
                return new Point2D((i % columns) * pitch + fx * (pitch - 1), (i / columns) * pitch + fy * (pitch - 1));
            }
        }
        return null;
    }
}
