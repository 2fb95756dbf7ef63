package pstudio.ui.viewport;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import pstudio.place.EditableImage;
import pstudio.ui.fx.PanelVisibility;

/**
 * The Viewport: every EditableImage in the run's Workspace, each fitted in a cell of a grid, updated
 * once per frame with what the run drew since the last. It does nothing while it is not on screen.
 */
public final class ViewportPanel {
    private final StackPane root = new StackPane();
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("No EditableImage in the run's Workspace. A script makes one with"
            + " Instance.new('EditableImage', workspace), then draws on it.");
    private final Map<EditableImage, ImageCard> cards = new IdentityHashMap<>();
    private final List<ImageCard> order = new ArrayList<>();
    private final Supplier<List<EditableImage>> images;
    private ImageCard selected;
    private Runnable onFirstImage = () -> { };
    private boolean announced;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long frameNanos) {
            List<EditableImage> now = images.get();
            if (now.isEmpty()) {
                announced = false;
            } else if (!announced) {
                announced = true;
                onFirstImage.run();
            }
            if (PanelVisibility.isShown(root)) {
                refresh(now);
            }
        }
    };

    /** {@code images}: the run's images as the studio has them now, read on the JavaFX thread. */
    public ViewportPanel(Supplier<List<EditableImage>> images) {
        this.images = images;
        root.getStyleClass().add("viewport");
        empty.getStyleClass().add("viewport-empty");
        empty.setWrapText(true);
        grid.setHgap(8);
        grid.setVgap(8);
        root.getChildren().addAll(grid, empty);
        frames.start();
    }

    public Node node() {
        return root;
    }

    /**
     * Called (JavaFX thread) when a run's first image appears, even while the Viewport is not on
     * show, so the shell can bring it forward.
     */
    public void setOnFirstImage(Runnable action) {
        onFirstImage = action == null ? () -> { } : action;
    }

    /** The image the user last clicked, or the only one; null when there is none. */
    public EditableImage selectedImage() {
        ImageCard card = selectedCard();
        return card == null ? null : card.source();
    }

    /** The pixels of the selected image as shown. */
    public WritableImage selectedPixels() {
        ImageCard card = selectedCard();
        return card == null ? null : card.pixels();
    }

    private void select(ImageCard card) {
        selected = card;
    }

    private ImageCard selectedCard() {
        if (selected != null && cards.containsValue(selected)) {
            return selected;
        }
        return order.isEmpty() ? null : order.get(0);
    }

    /** The images on show now, in order: for tests and the shell. */
    public List<EditableImage> shownImages() {
        return order.stream().map(ImageCard::source).toList();
    }

    void refresh(List<EditableImage> now) {
        if (!sameImages(now)) {
            rebuild(now);
        }
        for (ImageCard card : order) {
            card.refresh();
        }
    }

    private boolean sameImages(List<EditableImage> now) {
        if (now.size() != order.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            if (order.get(i).source() != now.get(i)) {
                return false;
            }
        }
        return true;
    }

    private void rebuild(List<EditableImage> now) {
        Map<EditableImage, ImageCard> kept = new IdentityHashMap<>();
        order.clear();
        for (EditableImage image : now) {
            ImageCard card = cards.get(image);
            if (card == null) {
                card = new ImageCard(image, this::select);
            }
            kept.put(image, card);
            order.add(card);
        }
        cards.clear();
        cards.putAll(kept);
        layOut();
        empty.setVisible(order.isEmpty());
    }

    /** As square a grid as the count allows, every cell the same size. */
    private void layOut() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int n = order.size();
        if (n == 0) {
            return;
        }
        int columns = (int) Math.ceil(Math.sqrt(n));
        int rows = (n + columns - 1) / columns;
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < n; i++) {
            grid.add(order.get(i).node(), i % columns, i / columns);
        }
    }
}
