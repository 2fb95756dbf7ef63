package pstudio.ui.watch;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * One job scheduler's grid as one image: a cell per actor, {@code pitch} pixels apart, in rows of
 * {@code columns}, written as ints into a {@code PixelBuffer} and shown unscaled by an ImageView.
 * Only the cells whose look changed since the last draw are written, and the image is told only
 * about the rows they span, so a frame where nothing changed costs neither the FX thread nor the
 * renderer anything.
 */
final class SchedulerImage {
    private static final int UNDRAWN = -1;

    private final ImageView view = new ImageView();
    private SchedulerGrid grid;
    private int pitch = 8;
    private int columns = 1;
    private int width;
    private int height;
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    /** What each cell showed when last written (colour, state, fade, outline), or UNDRAWN. */
    private long[] looks = new long[0];

    SchedulerImage() {
        view.setSmooth(false);
        view.setPickOnBounds(true); // the gaps between cells still hover and click as the grid
    }

    ImageView view() {
        return view;
    }

    SchedulerGrid grid() {
        return grid;
    }

    /** Sizes the image for {@code cells} cells; returns whether its size changed. */
    boolean layout(int cells, int newPitch, int newColumns) {
        int newCols = Math.max(1, newColumns);
        int rows = (cells + newCols - 1) / newCols;
        int w = Math.min(cells, newCols) * newPitch;
        int h = rows * newPitch;
        boolean changed = w != width || h != height;
        if (changed || newPitch != pitch || newCols != columns || looks.length != cells) {
            pitch = newPitch;
            columns = newCols;
            width = w;
            height = h;
            looks = new long[cells];
            Arrays.fill(looks, UNDRAWN);
            allocate();
        }
        return changed;
    }

    private void allocate() {
        if (width == 0 || height == 0) {
            buffer = null;
            pixels = new int[0];
            view.setImage(null);
            return;
        }
        pixels = new int[width * height];
        buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
        view.setImage(new WritableImage(buffer));
    }

    /** Draws {@code shown}, writing only the cells that look different; the hovered and selected actors are outlined. */
    void draw(SchedulerGrid shown, HeatmapColouring colouring, int hoveredId, int selectedId) {
        grid = shown;
        if (buffer == null) {
            return;
        }
        CellRaster raster = new CellRaster(pixels, width);
        int size = pitch - 1;
        int firstRow = Integer.MAX_VALUE;
        int lastRow = -1;
        int i = 0;
        for (ActorCell cell : shown.cells()) {
            if (i >= looks.length) {
                break;
            }
            int rgb = colouring.rgb(cell);
            int outline = cell.actorId() == selectedId ? 2 : cell.actorId() == hoveredId ? 1 : 0;
            long look = rgb | (long) cell.state().ordinal() << 24 | (cell.destroyed() ? 1L : 0L) << 32
                    | (long) outline << 33;
            if (look != looks[i]) {
                looks[i] = look;
                int x = (i % columns) * pitch;
                int y = (i / columns) * pitch;
                raster.fill(x, y, pitch, pitch, 0); // the gap around the cell too, clear of an old outline
                raster.paint(x, y, size, rgb, cell.state(), cell.destroyed());
                if (outline == 2) {
                    raster.outline(x, y, size, CellRaster.SELECTED, 2);
                } else if (outline == 1) {
                    raster.outline(x, y, size, CellRaster.HOVERED, 1);
                }
                firstRow = Math.min(firstRow, i / columns);
                lastRow = Math.max(lastRow, i / columns);
            }
            i++;
        }
        if (lastRow >= 0) {
            Rectangle2D dirty = new Rectangle2D(0, firstRow * pitch, width, (lastRow - firstRow + 1) * pitch);
            buffer.updateBuffer(b -> dirty);
        }
    }

    /** The cell under ({@code x}, {@code y}) in the image, or null. */
    ActorCell cellAt(double x, double y) {
        if (grid == null || x < 0 || y < 0 || x >= width || y >= height) {
            return null;
        }
        int column = (int) (x / pitch);
        int index = (int) (y / pitch) * columns + column;
        return column < columns && index < grid.cells().size() ? grid.cells().get(index) : null;
    }

    /** The point at fractions {@code fx}, {@code fy} of actor {@code actorId}'s cell, in the image; null if it has none. */
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
