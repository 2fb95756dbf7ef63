package pstudio.ui.watch;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import pstudio.ui.RunCommands;
import pstudio.ui.RunObserver;

/**
 * The run's dispatches as a table, with Cancel on running rows, "Dispatch again…" and "Sweep…" while
 * the run is alive. Reads its {@link DispatchHistory} once per frame; selecting a row selects the
 * dispatch for the heatmap and the timeline.
 */
public final class DispatchHistoryPanel extends BorderPane {
    private final DispatchHistory history = new DispatchHistory();
    private final TableView<DispatchRow> table = new TableView<>();
    private final SweepView sweepView = new SweepView();
    private final WatchSelection selection;
    private BiConsumer<String, Integer> onOpenSource = (script, line) -> { };
    private long shownVersion = -1;
    private boolean alive;
    private boolean refilling;

    public DispatchHistoryPanel(WatchSelection selection) {
        this.selection = selection;
        table.setPlaceholder(new Label("No dispatches yet: press Run."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().addAll(List.of(
                text("Thread", DispatchRow::threadName),
                // the buttons come early: in a narrow panel the figures scroll, the actions stay in view
                actionsColumn(),
                text("Scheduler", DispatchRow::scheduler),
                callerColumn(),
                text("Threads", r -> Integer.toString(r.threads())),
                text("Batch", r -> Integer.toString(r.batchSize())),
                text("Actors", r -> Integer.toString(r.actors())),
                statusColumn(),
                text("Wall time", r -> millis(r.wallNanos())),
                text("Threads/s", r -> String.format("%,.0f", r.threadsPerSecond())),
                text("Utilisation", r -> Math.round(r.utilisation() * 100) + "%")));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && !refilling) {
                selection.selectDispatch(row.id());
            }
        });
        getStyleClass().add("dispatch-history");
        setCenter(table);
        setBottom(sweepView.node());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                refresh();
            }
        }.start();
    }

    /** The observer to add to the run controller. */
    public RunObserver observer() {
        return new RunObserver() {
            @Override
            public void runStarted(RunCommands commands) {
                history.runStarted(commands);
                alive = true;
                sweepView.hide();
                table.refresh();
            }

            @Override
            public void onMessage(pstudio.protocol.EngineMessage message) {
                history.onMessage(message);
            }

            @Override
            public void runEnded() {
                history.runEnded();
                alive = false;
                table.refresh();
            }
        };
    }

    public void setOnOpenSource(BiConsumer<String, Integer> onOpenSource) {
        this.onOpenSource = onOpenSource;
    }

    /** The run's worker count, for utilisation before telemetry names the workers. */
    public void setWorkers(int workers) {
        history.setWorkers(workers);
    }

    public Node node() {
        return this;
    }

    TableView<DispatchRow> table() {
        return table;
    }

    private void refresh() {
        if (!PanelVisibility.isShown(this)) {
            return;
        }
        sweepView.refresh();
        long version = history.version();
        if (version == shownVersion) {
            return;
        }
        shownVersion = version;
        long selected = selection.dispatch();
        refilling = true;
        try {
            table.getItems().setAll(history.rows());
            for (DispatchRow row : table.getItems()) {
                if (row.id() == selected) {
                    table.getSelectionModel().select(row);
                }
            }
        } finally {
            refilling = false;
        }
    }

    void dispatchAgain(DispatchRow row) {
        DispatchAgainForm.Answer answer = new DispatchAgainForm(row, getScene().getWindow()).ask();
        if (answer == null) {
            return;
        }
        if (answer.problem() != null) {
            Alert refused = new Alert(Alert.AlertType.WARNING, "Not dispatched: " + answer.problem() + ".");
            refused.initOwner(getScene().getWindow());
            refused.show();
            return;
        }
        history.commands().dispatchAgain(row.id(), answer.threads(), answer.batchSize());
    }

    void sweep(DispatchRow row) {
        Integer repeats = new SweepForm(row, getScene().getWindow()).ask();
        if (repeats != null && alive) {
            sweepView.show(history.sweep(row, repeats));
        }
    }

    static String millis(long nanos) {
        double ms = nanos / 1e6;
        return ms < 10 ? String.format("%.2f ms", ms) : ms < 10_000 ? String.format("%.1f ms", ms)
                : String.format("%.2f s", ms / 1000);
    }

    private static TableColumn<DispatchRow, String> text(String title, Function<DispatchRow, String> value) {
        TableColumn<DispatchRow, String> column = new TableColumn<>(title);
        // wide enough for the title: the constrained policy would otherwise cut it to "Thre..."
        column.setMinWidth(Math.max(55, title.length() * 8 + 18));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    private TableColumn<DispatchRow, DispatchRow> rowColumn(String title) {
        TableColumn<DispatchRow, DispatchRow> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setSortable(false);
        return column;
    }

    private TableColumn<DispatchRow, DispatchRow> callerColumn() {
        TableColumn<DispatchRow, DispatchRow> column = rowColumn("Caller");
        column.setMinWidth(120);
        column.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            @Override
            protected void updateItem(DispatchRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                } else if (row.script() == null) {
                    setGraphic(null);
                    setText(row.againOf() != 0 ? "again from the studio" : "");
                } else {
                    link.setText(row.caller());
                    link.setOnAction(e -> onOpenSource.accept(row.script(), row.line()));
                    setText(null);
                    setGraphic(link);
                }
            }
        });
        return column;
    }

    private TableColumn<DispatchRow, DispatchRow> statusColumn() {
        TableColumn<DispatchRow, DispatchRow> column = rowColumn("Status");
        column.setPrefWidth(150);
        column.setMinWidth(120);
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label label = new Label();
            private final HBox box = new HBox(6, bar, label);

            {
                bar.setPrefWidth(70);
            }

            @Override
            protected void updateItem(DispatchRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(row.progress());
                label.setText(row.status().label());
                setGraphic(box);
            }
        });
        return column;
    }

    private TableColumn<DispatchRow, DispatchRow> actionsColumn() {
        TableColumn<DispatchRow, DispatchRow> column = rowColumn("");
        column.setPrefWidth(230);
        column.setMinWidth(190);
        column.setCellFactory(c -> new TableCell<>() {
            private final Button cancel = new Button("Cancel");
            private final Button again = new Button("Dispatch again\u2026");
            private final Button sweep = new Button("Sweep\u2026");
            private final HBox box = new HBox(4);

            {
                for (Button b : List.of(cancel, again, sweep)) {
                    b.getStyleClass().add("dispatch-action");
                }
            }

            @Override
            protected void updateItem(DispatchRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null || !alive) {
                    setGraphic(null);
                    return;
                }
                cancel.setOnAction(e -> history.commands().cancelDispatch(row.id()));
                again.setOnAction(e -> dispatchAgain(row));
                sweep.setOnAction(e -> sweep(row));
                box.getChildren().setAll(row.running() ? List.of(cancel, again) : List.of(again, sweep));
                setGraphic(box);
            }
        });
        return column;
    }
}
