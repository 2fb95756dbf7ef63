package pstudio.ui.watch;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import pstudio.place.FullNames;
import pstudio.ui.RunCommands;
import pstudio.ui.RunObserver;
import pstudio.ui.fx.PanelVisibility;

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
                titled(text(DispatchRow::threadName), "Thread", "The name the script gave the dispatched thread"),
                // the buttons come early: in a narrow panel the figures scroll, the actions stay in view
                actionsColumn(),
                titled(shortName(DispatchRow::scheduler), "Scheduler", "The job scheduler whose actors ran it (its job script)"),
                titled(callerColumn(), "Caller", "Where the script dispatched it; click to open the script there"),
                titled(text(r -> Integer.toString(r.threads())), "Threads", "How many threads were dispatched"),
                titled(text(r -> Integer.toString(r.batchSize())), "Batch", "Threads per batch: one actor runs a batch at a time"),
                titled(text(r -> Integer.toString(r.actors())), "Actors", "How many actors the scheduler has"),
                titled(statusColumn(), "Status", "Running, done, failed, cancelled or crash chain, with how far it got"),
                titled(text(r -> millis(r.wallNanos())), "Wall time", "From the dispatch's start to its end"),
                titled(text(r -> String.format("%,.0f", r.threadsPerSecond())), "Threads/s",
                        "Threads done per second of wall time"),
                titled(text(r -> Math.round(r.utilisation() * 100) + "%"), "Utilisation",
                        "The actors' busy time added up, over wall time \u00d7 workers")));
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

    DispatchHistory history() {
        return history;
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
        if (answer != null) {
            send(row, answer);
        }
    }

    /**
     * Sends the form's answer, unless it is wrong or the run ended while the form was open (the
     * form waits for the person, and the run goes on meanwhile): then says why nothing was sent.
     */
    void send(DispatchRow row, DispatchAgainForm.Answer answer) {
        String problem = answer.problem() != null ? answer.problem()
                : alive ? null : "the run ended while the form was open";
        if (problem != null) {
            Alert refused = new Alert(Alert.AlertType.WARNING, "Not dispatched: " + problem + ".");
            refused.setHeaderText(null);
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

    private static TableColumn<DispatchRow, String> text(Function<DispatchRow, String> value) {
        TableColumn<DispatchRow, String> column = new TableColumn<>();
        column.setMinWidth(55);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    /** A full name shown by its last part, as the Explorer shows it, and whole on hover: a narrow column cut the part that differs. */
    private static TableColumn<DispatchRow, String> shortName(Function<DispatchRow, String> fullName) {
        TableColumn<DispatchRow, String> column = text(fullName);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                if (empty || name == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(FullNames.ownName(name));
                    whole.setText(name);
                    setTooltip(whole);
                }
            }
        });
        return column;
    }

    /**
     * The title as a label of its own, for a tooltip that says what the column counts, and a minimum
     * width that keeps it whole in the header's font: the constrained policy would otherwise cut it to "Sched...".
     */
    private static <T> TableColumn<DispatchRow, T> titled(TableColumn<DispatchRow, T> column, String title, String meaning) {
        Label label = new Label(title);
        label.setTooltip(new Tooltip(meaning));
        label.setMinWidth(Region.USE_PREF_SIZE);
        column.setGraphic(label);
        double floor = column.getMinWidth();
        label.fontProperty().addListener((o, was, font) -> column.setMinWidth(Math.max(floor, widthFor(title, font))));
        column.setMinWidth(Math.max(floor, widthFor(title, label.getFont())));
        return column;
    }

    /** The title's width in {@code font}, with the header's padding: half an em each side, twice over. */
    private static double widthFor(String title, Font font) {
        Text text = new Text(title);
        text.setFont(font);
        return Math.ceil(text.getLayoutBounds().getWidth() + 2 * font.getSize()) + 4;
    }

    private TableColumn<DispatchRow, DispatchRow> rowColumn() {
        TableColumn<DispatchRow, DispatchRow> column = new TableColumn<>();
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setSortable(false);
        return column;
    }

    private TableColumn<DispatchRow, DispatchRow> callerColumn() {
        TableColumn<DispatchRow, DispatchRow> column = rowColumn();
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
                    link.setText(FullNames.ownName(row.script()) + ":" + row.line());
                    link.setTooltip(new Tooltip(row.caller()));
                    link.setOnAction(e -> onOpenSource.accept(row.script(), row.line()));
                    setText(null);
                    setGraphic(link);
                }
            }
        });
        return column;
    }

    private TableColumn<DispatchRow, DispatchRow> statusColumn() {
        TableColumn<DispatchRow, DispatchRow> column = rowColumn();
        column.setPrefWidth(150);
        column.setMinWidth(120);
        column.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label label = new Label();
            private final HBox box = new HBox(6, bar, label);

            {
                bar.setPrefWidth(70);
                box.setAlignment(Pos.CENTER_LEFT); // level with the text of the row's other cells
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
        TableColumn<DispatchRow, DispatchRow> column = rowColumn();
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
                box.setAlignment(Pos.CENTER_LEFT);
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
