package pstudio.ui.watch;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import pstudio.engine.ActorState;

/**
 * What the colours and marks mean: the colouring's scale (or, for Errors, the counts), then the
 * marks that tell a cell's state without its colour. Its swatches are drawn once per colouring.
 */
final class HeatmapLegend {
    private static final double SCALE_WIDTH = 72;
    private static final int SWATCH = 11;

    private final FlowPane pane = new FlowPane(6, 2);
    private final Label dispatch = new Label();
    private final Label failed = new Label();
    private final Label cancelled = new Label();
    private HeatmapColouring shown;

    HeatmapLegend() {
        pane.getStyleClass().add("heatmap-legend");
        pane.setAlignment(Pos.CENTER_LEFT);
    }

    Node node() {
        return pane;
    }

    /** Shows {@code colouring}'s legend with {@code frame}'s figures; rebuilt only when the colouring changes. */
    void update(HeatmapColouring colouring, HeatmapFrame frame) {
        if (colouring != shown) {
            shown = colouring;
            pane.getChildren().setAll(itemsOf(colouring));
            pane.getChildren().addAll(swatch(HeatmapColouring.HEALTHY, ActorState.BUSY), new Label("busy"),
                    swatch(HeatmapColouring.HEALTHY, ActorState.FAILED), new Label("failed"),
                    swatch(HeatmapColouring.HEALTHY, ActorState.CANCELLED), new Label("cancelled"));
        }
        setText(dispatch, frame.dispatchName() == null ? "no dispatch yet"
                : "in " + frame.dispatchName() + (frame.dispatchRunning() ? " (running):" : ":"));
        setText(failed, "failed " + frame.count(ActorState.FAILED));
        setText(cancelled, "cancelled " + frame.count(ActorState.CANCELLED));
    }

    private Node[] itemsOf(HeatmapColouring colouring) {
        switch (colouring) {
            case ACTIVITY:
                return new Node[] {new Label("idle"), scale(colouring), new Label("busy all of the last second;")};
            case PROGRESS:
                return new Node[] {dispatch, new Label("0%"), scale(colouring), new Label("100%"),
                        swatch(HeatmapColouring.NOT_IN_DISPATCH, ActorState.IDLE), new Label("no share;")};
            default:
                // with their marks, as the cells show them: the cancelled colour alone is lost on a dark panel
                return new Node[] {swatch(HeatmapColouring.FAILED, ActorState.FAILED), failed,
                        swatch(HeatmapColouring.CANCELLED, ActorState.CANCELLED), cancelled, new Label(";")};
        }
    }

    private static void setText(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    private static Canvas scale(HeatmapColouring colouring) {
        Canvas canvas = new Canvas(SCALE_WIDTH, SWATCH);
        GraphicsContext g = canvas.getGraphicsContext2D();
        for (int x = 0; x < SCALE_WIDTH; x++) {
            int rgb = colouring.scale(x / (SCALE_WIDTH - 1));
            g.setFill(javafx.scene.paint.Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff));
            g.fillRect(x, 0, 1, SWATCH);
        }
        return canvas;
    }

    /** A cell as the grid paints it, so the legend's marks are the grid's. */
    private static ImageView swatch(int rgb, ActorState state) {
        int[] pixels = new int[SWATCH * SWATCH];
        new CellRaster(pixels, SWATCH).paint(0, 0, SWATCH, rgb, state, false);
        WritableImage image = new WritableImage(SWATCH, SWATCH);
        image.getPixelWriter().setPixels(0, 0, SWATCH, SWATCH, PixelFormat.getIntArgbPreInstance(), pixels, 0, SWATCH);
        return new ImageView(image);
    }
}
