package pstudio.ui.viewport;

import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import pstudio.place.EditableImage;
import pstudio.place.ImageChange;

/**
 * One EditableImage on show: its name and size over a canvas that draws it with crisp pixels,
 * fitted, zoomed with the wheel around the pointer, panned by dragging; a double click fits it again.
 */
final class ImageCard {
    private static final double WHEEL_STEP = 1.25;

    private final EditableImage source;
    private final VBox root = new VBox();
    private final Label caption = new Label();
    private final Label zoomLabel = new Label();
    private final Pane area = new Pane();
    private final Canvas canvas = new Canvas();
    private final ViewTransform view = new ViewTransform();
    private WritableImage pixels;
    private boolean dirty = true;
    private double dragX;
    private double dragY;

    ImageCard(EditableImage source, Consumer<ImageCard> onSelect) {
        this.source = source;
        root.getStyleClass().add("viewport-image");
        caption.getStyleClass().add("viewport-caption");
        zoomLabel.getStyleClass().add("viewport-zoom");
        area.getStyleClass().add("viewport-canvas-area");
        canvas.getStyleClass().add("viewport-canvas");
        area.getChildren().add(canvas);
        area.setMinSize(32, 32);
        canvas.widthProperty().bind(area.widthProperty());
        canvas.heightProperty().bind(area.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> dirty = true);
        canvas.heightProperty().addListener((o, a, b) -> dirty = true);
        VBox.setVgrow(area, Priority.ALWAYS);
        root.getChildren().addAll(new javafx.scene.layout.HBox(8, caption, zoomLabel), area);
        wireMouse(onSelect);
        ImageChange all = source.takeAll();
        apply(all);
    }

    private void wireMouse(Consumer<ImageCard> onSelect) {
        canvas.setOnScroll(e -> {
            if (pixels == null || e.getDeltaY() == 0) {
                return;
            }
            double factor = e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP;
            view.zoomAround(factor, e.getX(), e.getY(), canvas.getWidth(), canvas.getHeight(), width(), height());
            dirty = true;
            e.consume();
        });
        canvas.setOnMousePressed(e -> {
            onSelect.accept(this);
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.setOnMouseDragged(e -> {
            view.panBy(e.getX() - dragX, e.getY() - dragY);
            dragX = e.getX();
            dragY = e.getY();
            dirty = true;
        });
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                view.reset();
                dirty = true;
            }
        });
    }

    VBox node() {
        return root;
    }

    EditableImage source() {
        return source;
    }

    /** The pixels as the studio has them now (null before the first frame). */
    WritableImage pixels() {
        return pixels;
    }

    /** Called once a frame: takes what the image drew since the last frame and redraws if anything changed. */
    void refresh() {
        ImageChange change = source.takeChanges();
        if (change != null) {
            apply(change);
        }
        if (dirty) {
            draw();
            dirty = false;
        }
    }

    private void apply(ImageChange change) {
        if (change == null) {
            return;
        }
        if (pixels == null || (int) pixels.getWidth() != change.imageWidth()
                || (int) pixels.getHeight() != change.imageHeight()) {
            pixels = new WritableImage(change.imageWidth(), change.imageHeight());
        }
        pixels.getPixelWriter().setPixels(change.x(), change.y(), change.width(), change.height(),
                PixelFormat.getIntArgbInstance(), change.argb(), 0, change.width());
        caption.setText(source.getName() + "   " + change.imageWidth() + " \u00d7 " + change.imageHeight()
                + "   " + source.GetFullName());
        dirty = true;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#1b1b1f"));
        g.fillRect(0, 0, w, h);
        if (pixels == null) {
            return;
        }
        int iw = width();
        int ih = height();
        double s = view.scale(w, h, iw, ih);
        g.setImageSmoothing(false);
        g.drawImage(pixels, view.left(w, h, iw, ih), view.top(w, h, iw, ih), iw * s, ih * s);
        zoomLabel.setText(Math.round(s * 100) + "%");
    }

    private int width() {
        return pixels == null ? 0 : (int) pixels.getWidth();
    }

    private int height() {
        return pixels == null ? 0 : (int) pixels.getHeight();
    }
}
