package pstudio.ui.problems;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import pstudio.engine.CompileProblem;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.TreeListener;

/**
 * The Problems tab: the compile errors of every script in the place, rechecked in the background
 * shortly after a script changes. A click (or Enter) opens the script at the problem's line.
 */
public final class ProblemsPanel extends BorderPane {
    private static final Duration RECHECK_AFTER = Duration.millis(500);

    private final ObservableList<CompileProblem> problems = FXCollections.observableArrayList();
    private final ListView<CompileProblem> list = new ListView<>(problems);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "problems-compile-check");
        t.setDaemon(true);
        return t;
    });
    private final PauseTransition debounce = new PauseTransition(RECHECK_AFTER);
    private final AtomicLong version = new AtomicLong();
    private final TreeListener changes = new TreeListener() {
        @Override
        public void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
            if (InstanceClass.SOURCE.equals(property) || "Name".equals(property)) {
                Platform.runLater(debounce::playFromStart);
            }
        }

        @Override
        public void childAdded(Instance parent, Instance child) {
            Platform.runLater(debounce::playFromStart);
        }

        @Override
        public void childRemoved(Instance parent, Instance child) {
            Platform.runLater(debounce::playFromStart);
        }
    };
    private DataModel place;
    private BiConsumer<String, Integer> opener = (script, line) -> { };

    public ProblemsPanel() {
        getStyleClass().add("problems-panel");
        list.getStyleClass().add("problems-list");
        list.setPlaceholder(new Label("No problems in the place's scripts"));
        list.setCellFactory(v -> new ProblemCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        count.bind(javafx.beans.binding.Bindings.size(problems));
        debounce.setOnFinished(e -> recheck());
        setCenter(list);
    }

    /** Checks {@code newPlace} now and again whenever one of its scripts changes. */
    public void setPlace(DataModel newPlace) {
        if (place != null) {
            place.removeTreeListener(changes);
        }
        place = newPlace;
        place.addTreeListener(changes);
        recheck();
    }

    public void setOnOpenProblem(BiConsumer<String, Integer> openScriptAtLine) {
        opener = openScriptAtLine == null ? (script, line) -> { } : openScriptAtLine;
    }

    /** How many problems the last check found. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public List<CompileProblem> problems() {
        return List.copyOf(problems);
    }

    /** Stops watching the place and ends the background check's thread; call when the window closes. */
    public void dispose() {
        if (place != null) {
            place.removeTreeListener(changes);
        }
        debounce.stop();
        version.incrementAndGet(); // a check under way finds nothing to show
        worker.shutdownNow();
    }

    private void recheck() {
        if (worker.isShutdown()) {
            return;
        }
        DataModel checked = place;
        long v = version.incrementAndGet();
        worker.execute(() -> {
            if (version.get() != v) {
                return;
            }
            List<CompileProblem> found = PlaceCompileCheck.of(checked);
            Platform.runLater(() -> {
                if (version.get() == v) {
                    problems.setAll(found);
                }
            });
        });
    }

    private void open(CompileProblem p) {
        if (p != null) {
            opener.accept(p.script(), p.line());
        }
    }

    /** {@code message — Script.Full.Name:3}, the message first because it is what the user scans for. */
    private final class ProblemCell extends ListCell<CompileProblem> {
        private final Label message = new Label();
        private final Label where = new Label();
        private final javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10, message, where);

        ProblemCell() {
            message.getStyleClass().add("problem-message");
            where.getStyleClass().add("problem-location");
            message.setMinWidth(0);
            message.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.HBox.setHgrow(message, javafx.scene.layout.Priority.ALWAYS);
            where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            setPrefWidth(0);
            setOnMouseClicked(e -> open(getItem()));
        }

        @Override
        protected void updateItem(CompileProblem p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            message.setText("\u2716 " + p.message().lines().findFirst().orElse(""));
            where.setText(p.script() + ":" + p.line());
            setGraphic(row);
        }
    }
}
