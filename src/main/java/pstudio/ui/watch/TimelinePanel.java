package pstudio.ui.watch;

import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import pstudio.ui.fx.PanelVisibility;

/**
 * The worker timeline: for the selected dispatch (the newest when none is), one lane per worker
 * thread and one bar per batch, coloured by actor, failed batches marked, running ones growing.
 * The wheel zooms around the pointer, a drag pans, a double click (or Fit) fits the dispatch
 * again; hovering a bar names its actor, ids and duration. Drawn once per frame, only while shown
 * and only when something changed.
 */
public final class TimelinePanel extends BorderPane {
    static final double LABEL_WIDTH = 96;
    static final double AXIS_HEIGHT = 18;
    private static final double MAX_LANE_HEIGHT = 24;
    private static final Color FAILED = Color.web("#e5534b");

    private final WorkerTimeline model;
    private final WatchSelection selection;
    private final TimelineScale scale = new TimelineScale();
    private final Label title = new Label("No dispatch yet: press Run, and each dispatch's batches appear here.");
    private final Pane surface = new Pane();
    private final Canvas canvas = new Canvas();
    private final Label hover = new Label();
    private TimelineFrame frame;
    private List<List<TimelineFrame.Bar>> lanes = List.of();
    private long drawnVersion = -1;
    private long drawnDispatch = -1;
    private boolean viewMoved = true;
    private double pressX;
    private double hoverX = -1;
    private double hoverY = -1;
    private long frames;

    public TimelinePanel(WorkerTimeline model, WatchSelection selection) {
        this.model = model;
        this.selection = selection;
        getStyleClass().add("worker-timeline");
        title.getStyleClass().add("timeline-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label hint = new Label("wheel: zoom · drag: pan · double-click: fit");
        hint.getStyleClass().add("timeline-hint");
        Button fit = new Button("Fit");
        fit.setOnAction(e -> fit());
        HBox header = new HBox(8, title, hint, fit);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(2, 6, 2, 6));
        setTop(header);

        surface.getStyleClass().add("timeline-surface");
        surface.setMinSize(0, 0);
        canvas.widthProperty().bind(surface.widthProperty());
        canvas.heightProperty().bind(surface.heightProperty());
        canvas.widthProperty().addListener(o -> viewMoved = true);
        canvas.heightProperty().addListener(o -> viewMoved = true);
        hover.getStyleClass().add("timeline-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setManaged(false);
        surface.getChildren().addAll(canvas, hover);
        setCenter(surface);

        surface.addEventHandler(ScrollEvent.SCROLL, this::zoom);
        surface.setOnMousePressed(e -> pressX = e.getX());
        surface.setOnMouseDragged(this::pan);
        surface.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                fit();
            }
        });
        surface.setOnMouseMoved(e -> {
            hoverX = e.getX();
            hoverY = e.getY();
            viewMoved = true;
        });
        surface.setOnMouseExited(e -> {
            hoverX = -1;
            viewMoved = true;
        });
        selection.dispatchProperty().addListener(o -> fit());

        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (PanelVisibility.isShown(TimelinePanel.this)) {
                    drawIfChanged();
                }
            }
        }.start();
    }

    /** The dispatch shown: the selected one, else the newest. */
    public long shownDispatch() {
        return selection.dispatch() != 0 ? selection.dispatch() : model.newestDispatch();
    }

    /** The frames drawn so far (only while shown, only when something changed). */
    public long framesDrawn() {
        return frames;
    }

    /** The text of the hover card, or null when none shows. */
    public String hoverText() {
        return hover.isVisible() ? hover.getText() : null;
    }

    /** The centre of the lanes' area at run-clock {@code nanos} in lane {@code lane}, in this panel's coordinates. */
    public javafx.geometry.Point2D pointAt(double nanos, int lane) {
        double x = LABEL_WIDTH + scale.x(nanos, lanesWidth());
        double y = AXIS_HEIGHT + laneHeight() * (lane + 0.5);
        return surface.localToScene(x, y);
    }

    private void fit() {
        scale.follow();
        viewMoved = true;
    }

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() == 0 || frame == null) {
            return;
        }
        scale.zoomAt(Math.max(0, e.getX() - LABEL_WIDTH), lanesWidth(), e.getDeltaY() > 0 ? 0.8 : 1.25);
        viewMoved = true;
        e.consume();
    }

    private void pan(MouseEvent e) {
        if (frame == null) {
            return;
        }
        scale.panBy(e.getX() - pressX, lanesWidth());
        pressX = e.getX();
        viewMoved = true;
    }

    private double lanesWidth() {
        return Math.max(1, canvas.getWidth() - LABEL_WIDTH);
    }

    private double laneHeight() {
        int count = Math.max(1, lanes.size());
        return Math.max(4, Math.min(MAX_LANE_HEIGHT, (canvas.getHeight() - AXIS_HEIGHT) / count));
    }

    private void drawIfChanged() {
        long dispatch = shownDispatch();
        long version = model.version();
        if (!viewMoved && version == drawnVersion && dispatch == drawnDispatch) {
            return;
        }
        if (version != drawnVersion || dispatch != drawnDispatch) {
            frame = dispatch == 0 ? null : model.frame(dispatch);
            lanes = frame == null ? List.of() : frame.lanes();
        }
        drawnVersion = version;
        drawnDispatch = dispatch;
        viewMoved = false;
        draw();
        frames++;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Color background = background();
        Color ink = background.getBrightness() < 0.5 ? Color.gray(0.85) : Color.gray(0.15);
        g.setFill(background);
        g.fillRect(0, 0, w, h);
        if (frame == null) {
            hover.setVisible(false);
            title.setText(model.newestDispatch() == 0
                    ? "No dispatch yet: press Run, and each dispatch's batches appear here."
                    : "Dispatch " + dispatchLabel() + " has no batches yet.");
            return;
        }
        title.setText(titleText());
        scale.fit(frame.startNanos(), frame.endNanos());
        double lanesWidth = lanesWidth();
        double laneH = laneHeight();
        g.setFont(Font.font(11));
        drawAxis(g, ink, lanesWidth, h);
        TimelineFrame.Bar hovered = null;
        for (int lane = 0; lane < lanes.size(); lane++) {
            double y = AXIS_HEIGHT + lane * laneH;
            g.setFill(ink.deriveColor(0, 1, 1, lane % 2 == 0 ? 0.05 : 0.1));
            g.fillRect(0, y, w, laneH);
            g.setFill(ink);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            if (laneH >= 10) {
                g.fillText(shortWorker(frame.workerName(lane)), 4, y + laneH / 2, LABEL_WIDTH - 8);
            }
            drawLane(g, lanes.get(lane), y, laneH, lanesWidth);
            if (hoverY >= y && hoverY < y + laneH && hoverX >= LABEL_WIDTH) {
                double at = scale.nanosAt(hoverX - LABEL_WIDTH, lanesWidth);
                double slack = (scale.to() - scale.from()) / lanesWidth * 2;
                hovered = TimelineLayout.barAt(lanes.get(lane), at, slack);
            }
        }
        showHover(hovered);
    }

    private void drawLane(GraphicsContext g, List<TimelineFrame.Bar> lane, double y, double laneH, double lanesWidth) {
        double top = y + 1;
        double barH = Math.max(2, laneH - 2);
        for (TimelineLayout.Rect r : TimelineLayout.layout(lane, scale, lanesWidth)) {
            double x = LABEL_WIDTH + r.x();
            Paint fill = r.bar() == null ? Color.gray(0.55) : actorColour(r.bar().actorIndex());
            g.setFill(fill);
            g.fillRect(x, top, r.width(), barH);
            if (r.running()) {
                // a growing batch: lighter, with a bright leading edge
                g.setFill(Color.rgb(255, 255, 255, 0.35));
                g.fillRect(x, top, r.width(), barH);
                g.setFill(Color.WHITE);
                g.fillRect(x + r.width() - 1, top, 1, barH);
            }
            if (r.failed()) {
                g.setStroke(FAILED);
                g.setLineWidth(2);
                g.strokeRect(x + 1, top + 1, Math.max(1, r.width() - 2), Math.max(1, barH - 2));
                g.setFill(FAILED);
                g.fillPolygon(new double[]{x, x + Math.min(8, r.width() + 4), x}, new double[]{top, top, top + 8}, 3);
            }
        }
    }

    private void drawAxis(GraphicsContext g, Color ink, double lanesWidth, double h) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (double t : scale.ticks(lanesWidth, 90)) {
            double x = LABEL_WIDTH + scale.x(t, lanesWidth);
            g.setFill(ink.deriveColor(0, 1, 1, 0.2));
            g.fillRect(x, AXIS_HEIGHT - 4, 1, h);
            g.setFill(ink);
            g.fillText(TimelineLayout.duration(t - frame.startNanos()), x + 3, 2);
        }
    }

    private void showHover(TimelineFrame.Bar bar) {
        if (bar == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(TimelineLayout.describe(bar));
        hover.autosize();
        double x = Math.min(hoverX + 14, Math.max(0, surface.getWidth() - hover.getWidth() - 4));
        double y = hoverY + 18 + hover.getHeight() > surface.getHeight() ? hoverY - hover.getHeight() - 6 : hoverY + 18;
        hover.relocate(x, Math.max(0, y));
        hover.setVisible(true);
    }

    private String titleText() {
        StringBuilder t = new StringBuilder("Dispatch ").append(dispatchLabel()).append(": ")
                .append(String.format("%,d", frame.bars().size())).append(frame.bars().size() == 1 ? " batch" : " batches")
                .append(" on ").append(lanes.size()).append(lanes.size() == 1 ? " worker, " : " workers, ")
                .append(TimelineLayout.duration(frame.endNanos() - frame.startNanos()))
                .append(frame.running() ? " so far" : "");
        if (frame.notKept() > 0) {
            t.append(String.format(" (the first %,d batches are shown)", frame.bars().size()));
        }
        return t.toString();
    }

    private String dispatchLabel() {
        return frame == null ? String.valueOf(shownDispatch()) : frame.dispatchId() + " '" + frame.threadName() + "'";
    }

    private Color background() {
        if (surface.getBackground() != null && !surface.getBackground().getFills().isEmpty()
                && surface.getBackground().getFills().get(0).getFill() instanceof Color c) {
            return c;
        }
        return Color.web("#22272e");
    }

    /** Worker thread names share a prefix; the lane shows the part that differs. */
    static String shortWorker(String threadName) {
        int dash = threadName.lastIndexOf('-');
        return dash > 0 && dash < threadName.length() - 1 ? "worker " + threadName.substring(dash + 1) : threadName;
    }

    /** A distinct, steady colour per actor: golden-ratio hues, so neighbours differ. */
    static Color actorColour(int actorIndex) {
        double hue = (actorIndex * 0.6180339887 % 1.0) * 360;
        return Color.hsb(hue, 0.55, 0.85);
    }

    @Override
    protected double computeMinHeight(double width) {
        return 60;
    }

    /** The lanes' area, where the mouse zooms, pans and hovers. */
    public Region lanesNode() {
        return surface;
    }

    /** How much run-clock time the view spans now. */
    public double scaleSpan() {
        return scale.to() - scale.from();
    }
}
