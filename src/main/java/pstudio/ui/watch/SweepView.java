package pstudio.ui.watch;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A sweep's figures as they come in: wall time and utilisation against batch size, the best, the serial figure. */
final class SweepView {
    private final VBox box = new VBox(6);
    private final Label heading = new Label();
    private final Label summary = new Label();
    private final Button cancel = new Button("Cancel Sweep");
    private final SweepChart wall = new SweepChart("Wall time", "ms", false);
    private final SweepChart utilisation = new SweepChart("Utilisation", "% of workers busy", true);
    private DispatchSweep sweep;
    private DispatchSweep.Result shown;

    SweepView() {
        summary.setId("sweep-summary");
        summary.setWrapText(true);
        cancel.setOnAction(e -> {
            if (sweep != null) {
                sweep.cancel();
            }
        });
        box.getChildren().addAll(new HBox(8, heading, cancel), summary, new HBox(8, wall.node(), utilisation.node()));
        box.setPadding(new Insets(6));
        box.setVisible(false);
        box.setManaged(false);
    }

    VBox node() {
        return box;
    }

    void show(DispatchSweep sweep) {
        this.sweep = sweep;
        this.shown = null;
        box.setVisible(true);
        box.setManaged(true);
    }

    void hide() {
        sweep = null;
        box.setVisible(false);
        box.setManaged(false);
    }

    /** Once a frame: redraws only when the sweep moved on. */
    void refresh() {
        if (sweep == null) {
            return;
        }
        DispatchSweep.Result result = sweep.result();
        if (result.equals(shown)) {
            return;
        }
        shown = result;
        heading.setText("Sweep of '" + result.source().threadName() + "' (" + result.source().threads()
                + " threads): run " + result.runsDone() + " of " + result.runsPlanned());
        cancel.setDisable(result.state() != DispatchSweep.State.RUNNING);
        summary.setText(summaryText(result));
        wall.show(result.points(), result.best());
        utilisation.show(result.points(), result.best());
    }

    static String summaryText(DispatchSweep.Result r) {
        StringBuilder text = new StringBuilder();
        switch (r.state()) {
            case CANCELLED:
                text.append("Sweep cancelled. ");
                break;
            case FAILED:
                text.append("Sweep stopped: ").append(r.problem()).append(". ");
                break;
            case RUNNING:
                text.append("Sweeping\u2026 ");
                break;
            default:
                break;
        }
        if (r.best() != null) {
            text.append(r.state() == DispatchSweep.State.DONE ? "Best" : "Best so far").append(": batch size ")
                    .append(r.best().batchSize()).append(" \u2014 ").append(DispatchHistoryPanel.millis(r.best().wallNanos()))
                    .append(", ").append(Math.round(r.best().utilisation() * 100)).append("% utilised.");
        }
        if (r.serial() != null) {
            text.append(" Serial (all ").append(r.source().threads()).append(" threads as one batch, so one actor): ")
                    .append(DispatchHistoryPanel.millis(r.serial().wallNanos()));
            if (r.best() != null && r.best().wallNanos() > 0) {
                text.append(String.format(" \u2014 %.1f\u00d7 speed-up at the best batch size",
                        (double) r.serial().wallNanos() / r.best().wallNanos()));
            }
            text.append('.');
        }
        return text.toString();
    }
}
