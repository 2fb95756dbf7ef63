package pstudio.ui.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import pstudio.engine.ActorState;
import pstudio.ui.fx.PanelVisibility;

/**
 * The actor storage panel: one image grid per job scheduler of the run, grouped under the
 * instance its actors live in, coloured by activity, progress in the selected dispatch, or errors.
 * An AnimationTimer reads the model's frame and redraws when it changed, at most {@link #DRAWS_A_SECOND}
 * times a second whatever the telemetry rate (more is not seen, and on a small machine the
 * renderer's CPU comes from the engine's workers); nothing is drawn while the panel is not shown.
 */
public final class ActorHeatmapPanel extends BorderPane {
    /** Cell pitch in pixels: the largest that lets every actor fit in view, within these bounds. */
    static final int MIN_PITCH = 5;
    static final int MAX_PITCH = 24;
    /** Height allowed for each storage or scheduler heading when fitting the grids. */
    private static final double HEADING = 18;
    static final int DRAWS_A_SECOND = 20;
    private static final long DRAW_GAP_NANOS = 1_000_000_000L / DRAWS_A_SECOND;
    /** As long as a tooltip waits: the card shows once the pointer rests on a cell, not while it sweeps across the grid. */
    static final Duration HOVER_DELAY = Duration.millis(300);

    private final ActorHeatmapModel model;
    private final WatchSelection selection;
    private final ObjectProperty<HeatmapColouring> colouring = new SimpleObjectProperty<>(HeatmapColouring.ACTIVITY);
    private final HeatmapLegend legend = new HeatmapLegend();
    private final VBox grids = new VBox(2);
    private final ScrollPane scroll = new ScrollPane(grids);
    private final Map<Long, SchedulerImage> images = new HashMap<>();
    private final Label summary = new Label();
    private final Label selectedText = new Label();
    private final Button goToError = new Button("Go to error");
    private final HBox detail = new HBox(6, selectedText, goToError);
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition hoverDelay = new PauseTransition(HOVER_DELAY);
    /** Where the card goes when the delay ends: the image and screen point of the latest hover. */
    private SchedulerImage hoverImage;
    private double hoverX;
    private double hoverY;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick(now);
        }
    };
    private ActorSelectionListener actorListener = (name, id) -> { };
    private BiConsumer<String, Integer> sourceOpener = (script, line) -> { };
    private HeatmapFrame drawn;
    private long lastDraw;
    private boolean dirty = true;
    private String structure = "";
    private long run = -1;
    private int hoveredId;
    private int selectedId;

    public ActorHeatmapPanel(ActorHeatmapModel model, WatchSelection selection) {
        this.model = model;
        this.selection = selection;
        getStyleClass().add("actor-heatmap");
        getStylesheets().add(ActorHeatmapPanel.class.getResource("actor-heatmap.css").toExternalForm());
        setTop(new VBox(2, toolbar(), legend.node()));
        grids.setPadding(new Insets(2));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> dirty = true);
        scroll.skinProperty().addListener((obs, old, now) -> uncacheViewport());
        setCenter(scroll);
        detail.getStyleClass().add("heatmap-selected");
        detail.setAlignment(Pos.CENTER_LEFT);
        detail.setPadding(new Insets(2, 4, 2, 4));
        selectedText.setMinWidth(0);
        HBox.setHgrow(selectedText, Priority.ALWAYS);
        goToError.setMinWidth(Region.USE_PREF_SIZE);
        goToError.setOnAction(e -> goToError());
        showDetail(null);
        setBottom(detail);
        tooltip.getStyleClass().add("heatmap-tooltip");
        hoverDelay.setOnFinished(e -> {
            if (hoveredId != 0 && hoverImage != null && isShown()) {
                tooltip.show(hoverImage.view(), hoverX, hoverY);
            }
        });
        colouring.addListener((obs, old, now) -> dirty = true);
        sceneProperty().addListener((obs, old, now) -> attached(now));
        setPrefSize(350, 300);
    }

    /**
     * The scroll pane's skin caches its viewport as a bitmap, which suits content that moves, not
     * content that changes: every redraw of the grid rebuilt that cache, painting the grid twice.
     */
    private void uncacheViewport() {
        Node viewport = scroll.lookup(".viewport");
        if (viewport != null) {
            viewport.setCache(false);
        }
    }

    public Node node() {
        return this;
    }

    public ObjectProperty<HeatmapColouring> colouringProperty() {
        return colouring;
    }

    /** Called with the actor's full name and id when its cell is clicked. */
    public void setOnActorSelected(ActorSelectionListener listener) {
        actorListener = listener == null ? (name, id) -> { } : listener;
    }

    /** Called with the script's full name and line by "Go to error". */
    public void setOnOpenSource(BiConsumer<String, Integer> opener) {
        sourceOpener = opener == null ? (script, line) -> { } : opener;
    }

    private HBox toolbar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(0);
        for (HeatmapColouring c : HeatmapColouring.values()) {
            ToggleButton button = new ToggleButton(c.label());
            button.setToggleGroup(group);
            button.setUserData(c);
            button.setSelected(c == colouring.get());
            bar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one colouring is always on
            } else {
                colouring.set((HeatmapColouring) now.getUserData());
            }
        });
        colouring.addListener((obs, old, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        summary.getStyleClass().add("heatmap-summary");
        summary.setMinWidth(0);
        HBox row = new HBox(6, bar, gap, summary);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(2, 4, 0, 4));
        return row;
    }

    private void attached(Scene scene) {
        if (scene == null) {
            timer.stop();
            hideCard();
        } else {
            timer.start();
        }
    }

    /** In a showing window, and neither it nor a parent hidden (a tab not selected hides its content). */
    boolean isShown() {
        return PanelVisibility.isShown(this);
    }

    private void tick(long now) {
        if (!isShown()) {
            drawn = null; // everything is drawn again once shown
            hideCard();
            return;
        }
        if (drawn != null && now - lastDraw < DRAW_GAP_NANOS) {
            return;
        }
        HeatmapFrame frame = model.frame(selection == null ? 0 : selection.dispatch());
        if (frame.run() != run) {
            run = frame.run();
            selectedId = 0;
            hoveredId = 0;
            hideCard();
        }
        boolean relaid = layoutGrids(frame);
        if (frame == drawn && !dirty && !relaid) {
            return;
        }
        drawn = frame;
        dirty = false;
        lastDraw = now;
        for (SchedulerGrid grid : frame.grids()) {
            images.get(grid.schedulerId()).draw(grid, colouring.get(), hoveredId, selectedId);
        }
        legend.update(colouring.get(), frame);
        setText(summary, summaryOf(frame));
        showDetail(selectedId == 0 ? null : frame.cell(selectedId));
        if (hoveredId != 0 && tooltip.isShowing()) {
            ActorCell cell = frame.cell(hoveredId);
            if (cell == null) {
                tooltip.hide();
            } else {
                setText(tooltip, CellText.tooltip(cell, frame.dispatchName()));
            }
        }
    }

    private static String summaryOf(HeatmapFrame frame) {
        int actors = frame.actorCount();
        if (actors == 0) {
            return "";
        }
        return String.format("%,d actors \u00b7 %,d busy", actors, frame.count(ActorState.BUSY));
    }

    /** Rebuilds the headings and images when the schedulers changed, and sizes the cells to fit; true if anything moved. */
    private boolean layoutGrids(HeatmapFrame frame) {
        boolean changed = false;
        String now = structureOf(frame);
        if (!now.equals(structure)) {
            structure = now;
            rebuild(frame);
            changed = true;
        }
        Bounds view = scroll.getViewportBounds();
        double width = view.getWidth() > 0 ? view.getWidth() - 4 : 340;
        double height = view.getHeight() > 0 ? view.getHeight() - 4 : 220;
        int pitch = fittingPitch(frame, width, height - headingsHeight(frame));
        int columns = Math.max(1, (int) (width / pitch));
        for (SchedulerGrid grid : frame.grids()) {
            changed |= images.get(grid.schedulerId()).layout(grid.cells().size(), pitch, columns);
        }
        return changed;
    }

    /**
     * The height the storage and scheduler headings take: measured once laid out (an estimate can
     * be a pixel short, and then a scroll bar appears, narrows the view and the grid refits), else
     * estimated from their count.
     */
    private double headingsHeight(HeatmapFrame frame) {
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double grids = 0;
        for (SchedulerImage image : images.values()) {
            grids += image.view().getLayoutBounds().getHeight();
        }
        if (content > grids && !images.isEmpty()) {
            return content - grids;
        }
        int headings = (int) frame.grids().stream().map(SchedulerGrid::storage).distinct().count() + frame.grids().size();
        return headings * HEADING;
    }

    /** The largest pitch at which every grid fits in {@code width} by {@code height}; the smallest if none does. */
    static int fittingPitch(HeatmapFrame frame, double width, double height) {
        for (int pitch = MAX_PITCH; pitch > MIN_PITCH; pitch--) {
            int columns = Math.max(1, (int) (width / pitch));
            double needed = 0;
            for (SchedulerGrid grid : frame.grids()) {
                needed += (double) ((grid.cells().size() + columns - 1) / columns) * pitch;
            }
            if (needed <= height) {
                return pitch;
            }
        }
        return MIN_PITCH;
    }

    private static String structureOf(HeatmapFrame frame) {
        StringBuilder key = new StringBuilder();
        for (SchedulerGrid grid : frame.grids()) {
            key.append(grid.schedulerId()).append('|').append(grid.storage()).append('|').append(grid.destroyed())
                    .append('|').append(grid.cells().size()).append(';');
        }
        return key.toString();
    }

    private void rebuild(HeatmapFrame frame) {
        Map<String, List<SchedulerGrid>> byStorage = new LinkedHashMap<>();
        for (SchedulerGrid grid : frame.grids()) {
            byStorage.computeIfAbsent(grid.storage(), k -> new ArrayList<>()).add(grid);
        }
        List<Node> children = new ArrayList<>();
        Map<Long, SchedulerImage> kept = new HashMap<>();
        for (Map.Entry<String, List<SchedulerGrid>> storage : byStorage.entrySet()) {
            Label heading = new Label(storage.getKey());
            heading.getStyleClass().add("heatmap-storage");
            children.add(heading);
            for (SchedulerGrid grid : storage.getValue()) {
                Label title = new Label(String.format("%s \u00b7 %,d actors%s", grid.jobName(), grid.cells().size(),
                        grid.destroyed() ? " \u00b7 destroyed" : ""));
                title.getStyleClass().add("heatmap-scheduler");
                SchedulerImage image = images.containsKey(grid.schedulerId()) ? images.get(grid.schedulerId())
                        : newImage();
                kept.put(grid.schedulerId(), image);
                children.add(title);
                children.add(image.view());
            }
        }
        if (children.isEmpty()) {
            Label empty = new Label("Run a place whose scripts create a job scheduler to see its actors here.");
            empty.setWrapText(true);
            empty.getStyleClass().add("heatmap-placeholder");
            children.add(empty);
        }
        images.clear();
        images.putAll(kept);
        grids.getChildren().setAll(children);
    }

    private SchedulerImage newImage() {
        SchedulerImage image = new SchedulerImage();
        image.view().setOnMouseMoved(e -> hover(image, image.cellAt(e.getX(), e.getY()), e.getScreenX(),
                e.getScreenY()));
        image.view().setOnMouseExited(e -> hover(image, null, 0, 0));
        image.view().setOnMouseClicked(e -> {
            ActorCell cell = image.cellAt(e.getX(), e.getY());
            if (cell != null && e.getButton() == MouseButton.PRIMARY) {
                select(cell);
            }
        });
        return image;
    }

    private void hover(SchedulerImage image, ActorCell cell, double screenX, double screenY) {
        int id = cell == null ? 0 : cell.actorId();
        if (id != hoveredId) {
            hoveredId = id;
            dirty = true;
        }
        if (cell == null) {
            hideCard();
            return;
        }
        setText(tooltip, CellText.tooltip(cell, drawn == null ? null : drawn.dispatchName()));
        hoverImage = image;
        hoverX = screenX + 14;
        hoverY = screenY + 18;
        if (tooltip.isShowing()) {
            // once shown, the card follows the pointer from cell to cell at once
            tooltip.setAnchorX(hoverX);
            tooltip.setAnchorY(hoverY);
        } else {
            hoverDelay.playFromStart();
        }
    }

    private void hideCard() {
        hoverDelay.stop();
        tooltip.hide();
    }

    private void select(ActorCell cell) {
        selectedId = cell.actorId();
        dirty = true;
        showDetail(cell);
        actorListener.onActorSelected(cell.fullName(), cell.actorId());
    }

    private void showDetail(ActorCell cell) {
        detail.setVisible(cell != null);
        detail.setManaged(cell != null);
        if (cell == null) {
            return;
        }
        setText(selectedText, CellText.selected(cell));
        boolean offer = cell.state() == ActorState.FAILED && cell.canGoToError();
        goToError.setVisible(offer);
        goToError.setManaged(offer);
    }

    private void goToError() {
        ActorCell cell = drawn == null ? null : drawn.cell(selectedId);
        if (cell != null && cell.canGoToError()) {
            sourceOpener.accept(cell.errorScript(), cell.errorLine());
        }
    }

    /** The image that shows actor {@code actorId}'s cell, or null. */
    SchedulerImage imageShowing(int actorId) {
        for (SchedulerImage image : images.values()) {
            if (image.pointOf(actorId, 0, 0) != null) {
                return image;
            }
        }
        return null;
    }

    private static void setText(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    private static void setText(Tooltip tip, String text) {
        if (!text.equals(tip.getText())) {
            tip.setText(text);
        }
    }
}
