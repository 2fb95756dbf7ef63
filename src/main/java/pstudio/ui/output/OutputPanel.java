package pstudio.ui.output;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.ui.theme.ThemedControls;

/**
 * The Output panel: the run's messages in a virtualized list, with level and text filters,
 * optional timestamps, collapsed repeats, expandable details, source links and copy.
 * The shell calls {@link #append} once per frame with everything that arrived; the work done is
 * proportional to that batch, not to the lines already shown.
 */
public class OutputPanel extends BorderPane {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final OutputBuffer buffer = new OutputBuffer();
    private final ObservableList<OutputEntry> visible = FXCollections.observableArrayList();
    private final ListView<OutputEntry> list = new ListView<>(visible);
    private final Label droppedNotice = new Label();
    private final ToggleButton timestamps = new ToggleButton("Timestamps");
    private final Map<OutputLevel, ToggleButton> levelToggles = new EnumMap<>(OutputLevel.class);
    private final TextField filterField = TextFields.createClearableTextField();
    private OutputFilter filter = OutputFilter.ALL;
    private BiConsumer<String, Integer> sourceOpener = (script, line) -> { };
    private ScrollBar verticalBar;

    public OutputPanel() {
        getStyleClass().add("output-panel");
        ThemedControls.applyTo(this);
        getStylesheets().add(OutputPanel.class.getResource("output.css").toExternalForm());

        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new OutputCell(timestamps.selectedProperty(), this::openSource));
        list.setPlaceholder(new Label("No output"));
        list.setContextMenu(contextMenu());
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });

        droppedNotice.getStyleClass().add("output-dropped");
        droppedNotice.setMaxWidth(Double.MAX_VALUE);
        droppedNotice.setVisible(false);
        droppedNotice.setManaged(false);
        VBox.setVgrow(list, Priority.ALWAYS);

        setTop(toolbar());
        setCenter(new VBox(droppedNotice, list));
    }

    /** Adds what arrived since the last frame; call on the FX thread. */
    public void append(List<OutputMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        boolean followTail = isScrolledToEnd();
        OutputBuffer.Change change = buffer.append(messages);
        // dropped lines that were shown are a prefix of what is shown, in the same order
        int shownDropped = 0;
        for (OutputEntry gone : change.removed()) {
            if (shownDropped < visible.size() && visible.get(shownDropped) == gone) {
                shownDropped++;
            }
        }
        if (shownDropped > 0) {
            visible.remove(0, shownDropped);
        }
        int last = visible.size() - 1;
        if (change.grown() != null && last >= 0 && visible.get(last) == change.grown()) {
            visible.set(last, change.grown());
        }
        List<OutputEntry> shown = new ArrayList<>();
        for (OutputEntry e : change.added()) {
            if (filter.matches(e)) {
                shown.add(e);
            }
        }
        visible.addAll(shown);
        updateDroppedNotice();
        if (followTail && !visible.isEmpty()) {
            list.scrollTo(visible.size() - 1);
        }
    }

    /** Removes every line (the shell's Ctrl+K and the Clear button). */
    public void clear() {
        buffer.clear();
        visible.clear();
        updateDroppedNotice();
    }

    /**
     * Removes the newest line whose message matches {@code which} (one that a later entry stands for);
     * returns how many messages that line stood for, 0 if none matched.
     */
    public long removeNewest(Predicate<OutputMessage> which) {
        OutputEntry removed = buffer.removeNewest(which);
        if (removed == null) {
            return 0;
        }
        visible.remove(removed);
        return removed.count();
    }

    /** Shows only {@code level}'s lines, or every level again when only that one is shown already. */
    public void showOnly(OutputLevel level) {
        boolean onlyThat = levelToggles.entrySet().stream()
                .allMatch(e -> e.getValue().isSelected() == (e.getKey() == level));
        levelToggles.forEach((l, toggle) -> toggle.setSelected(onlyThat || l == level));
    }

    /** Called with the script's full name and line when the user clicks a source link. */
    public void setOnOpenSource(BiConsumer<String, Integer> opener) {
        sourceOpener = opener == null ? (script, line) -> { } : opener;
    }

    /** Lines shown now (after collapsing repeats and filtering). */
    public int lineCount() {
        return visible.size();
    }

    /** Whether lines show their time; the shell may remember it between sessions. */
    public BooleanProperty timestampsShownProperty() {
        return timestamps.selectedProperty();
    }

    private Node toolbar() {
        ToolBar bar = new ToolBar();
        bar.getStyleClass().add("output-toolbar");
        for (OutputLevel level : OutputLevel.values()) {
            ToggleButton toggle = new ToggleButton(label(level));
            toggle.setSelected(true);
            toggle.getStyleClass().addAll("output-level-toggle", "output-toggle-" + level.name().toLowerCase(Locale.ROOT));
            toggle.selectedProperty().addListener((obs, was, is) -> refilter());
            levelToggles.put(level, toggle);
            bar.getItems().add(toggle);
        }
        filterField.setPromptText("Filter output");
        filterField.setPrefColumnCount(18);
        filterField.textProperty().addListener((obs, was, is) -> refilter());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button clearButton = new Button("Clear");
        clearButton.setOnAction(e -> clear());
        bar.getItems().addAll(filterField, spacer, timestamps, clearButton);
        return bar;
    }

    private static String label(OutputLevel level) {
        return switch (level) {
            case PRINT -> "Print";
            case INFO -> "Info";
            case WARN -> "Warn";
            case ERROR -> "Error";
        };
    }

    private ContextMenu contextMenu() {
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> copySelection());
        copy.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        MenuItem selectAll = new MenuItem("Select All");
        selectAll.setOnAction(e -> list.getSelectionModel().selectAll());
        MenuItem clearItem = new MenuItem("Clear");
        clearItem.setOnAction(e -> clear());
        return new ContextMenu(copy, selectAll, new SeparatorMenuItem(), clearItem);
    }

    private void copySelection() {
        List<Integer> indices = new ArrayList<>(list.getSelectionModel().getSelectedIndices());
        if (indices.isEmpty()) {
            return;
        }
        indices.sort(null);
        List<OutputEntry> lines = new ArrayList<>();
        for (int i : indices) {
            if (i >= 0 && i < visible.size()) {
                lines.add(visible.get(i));
            }
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(OutputText.copyText(lines, timestamps.isSelected()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void refilter() {
        Set<OutputLevel> levels = EnumSet.noneOf(OutputLevel.class);
        levelToggles.forEach((level, toggle) -> {
            if (toggle.isSelected()) {
                levels.add(level);
            }
        });
        filter = new OutputFilter(levels, filterField.getText());
        visible.setAll(buffer.matching(filter));
        if (!visible.isEmpty()) {
            list.scrollTo(visible.size() - 1);
        }
    }

    private void updateDroppedNotice() {
        long dropped = buffer.droppedMessages();
        droppedNotice.setText(dropped > 0 ? OutputText.droppedNotice(dropped) : "");
        droppedNotice.setVisible(dropped > 0);
        droppedNotice.setManaged(dropped > 0);
    }

    private void openSource(OutputMessage message) {
        if (message.script() != null) {
            sourceOpener.accept(message.script(), message.line());
        }
    }

    /** True while the user has not scrolled up, so new output keeps the last line in view. */
    private boolean isScrolledToEnd() {
        if (verticalBar == null) {
            for (Node node : list.lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                    verticalBar = bar;
                }
            }
        }
        return verticalBar == null || !verticalBar.isVisible() || verticalBar.getValue() >= verticalBar.getMax() - 1e-6;
    }
}
