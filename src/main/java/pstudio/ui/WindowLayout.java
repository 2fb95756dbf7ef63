package pstudio.ui;

import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/** Remembers the window's size and position and where the dividers are, between sessions. */
final class WindowLayout {
    private final StudioSettings settings;
    private final Stage stage;
    private final SplitPane columns;
    private final SplitPane centre;

    WindowLayout(StudioSettings settings, Stage stage, SplitPane columns, SplitPane centre) {
        this.settings = settings;
        this.stage = stage;
        this.columns = columns;
        this.centre = centre;
    }

    double width() {
        return settings.getDouble("window.width", 1400);
    }

    double height() {
        return settings.getDouble("window.height", 860);
    }

    void restore() {
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.getBoolean("window.maximized", false));
        columns.setDividerPositions(settings.getDouble("split.explorer", 0.18), settings.getDouble("split.properties", 0.80));
        // the vertical split only takes its position once it has a size
        Platform.runLater(() -> centre.setDividerPositions(settings.getDouble("split.output", 0.68)));
    }

    void remember() {
        if (!stage.isMaximized()) {
            settings.putDouble("window.x", stage.getX());
            settings.putDouble("window.y", stage.getY());
            settings.putDouble("window.width", stage.getScene().getWidth());
            settings.putDouble("window.height", stage.getScene().getHeight());
        }
        settings.putBoolean("window.maximized", stage.isMaximized());
        double[] cols = columns.getDividerPositions();
        settings.putDouble("split.explorer", cols[0]);
        settings.putDouble("split.properties", cols[1]);
        settings.putDouble("split.output", centre.getDividerPositions()[0]);
    }
}
