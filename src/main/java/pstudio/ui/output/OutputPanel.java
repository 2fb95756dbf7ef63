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
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;
import pstudio.place.FullNames;
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
    /** The instance the Output is narrowed to (a heatmap click), or null; its chip clears it. */
    private String within;
    private final Button withinChip = new Button();
    private final Map<OutputLevel, Long> levelCounts = new EnumMap<>(OutputLevel.class);
    private final Button newLinesBelow = new Button("New lines below \u2193");
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", 12);
    private BiConsumer<String, Integer> sourceOpener = (script, line) -> { };
    // Follows the newest line until the user scrolls up by hand; a measured scroll position is not
    // trusted, because the list's scroll bar lags behind lines added in the same pulse.
    private boolean following = true;

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
        watchUserScrolling();

        newLinesBelow.getStyleClass().addAll("output-new-lines", "accent");
        newLinesBelow.setVisible(false);
        newLinesBelow.setOnAction(e -> resumeFollowing());
        StackPane.setAlignment(newLinesBelow, Pos.BOTTOM_CENTER);
        StackPane.setMargin(newLinesBelow, new Insets(0, 0, 12, 0));
        StackPane listArea = new StackPane(list, newLinesBelow);
        VBox.setVgrow(listArea, Priority.ALWAYS);
        list.styleProperty().bind(Bindings.createStringBinding(
                () -> "-fx-font-size: " + fontSize.get() + "px;", fontSize));

        setTop(toolbar());
        setCenter(new VBox(droppedNotice, listArea));
    }

    /** Adds what arrived since the last frame; call on the FX thread. */
    public void append(List<OutputMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        countLevels(messages);
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
        if (following) {
            scrollToEnd();
        } else if (!shown.isEmpty()) {
            newLinesBelow.setVisible(true);
        }
    }

    /** Whether new lines keep the newest one in view; false once the user scrolled up. */
    public boolean isFollowing() {
        return following;
    }

    /** The lines' font size; the shell binds it to the editor's zoom. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** How many messages (repeats included) of {@code level} arrived since the last clear. */
    public long levelCount(OutputLevel level) {
        return levelCounts.getOrDefault(level, 0L);
    }

    /** Removes every line (the shell's Ctrl+K and the Clear button). */
    public void clear() {
        buffer.clear();
        visible.clear();
        levelCounts.clear();
        updateLevelLabels();
        updateDroppedNotice();
        resumeFollowing();
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
        levelCounts.merge(removed.message().level(), -removed.count(), Long::sum); // its level's count stood for it too
        updateLevelLabels();
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
            ToggleButton toggle = new ToggleButton();
            toggle.setSelected(true);
            toggle.getStyleClass().addAll("output-level-toggle", "output-toggle-" + level.name().toLowerCase(Locale.ROOT));
            toggle.selectedProperty().addListener((obs, was, is) -> {
                updateLevelLabels();
                refilter();
            });
            levelToggles.put(level, toggle);
            bar.getItems().add(toggle);
        }
        updateLevelLabels();
        filterField.setPromptText("Filter output");
        filterField.setPrefColumnCount(18);
        filterField.textProperty().addListener((obs, was, is) -> refilter());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button clearButton = new Button("Clear");
        clearButton.setOnAction(e -> clear());
        withinChip.getStyleClass().add("output-within-chip");
        withinChip.setVisible(false);
        withinChip.setManaged(false);
        withinChip.setOnAction(e -> showWithin(null));
        bar.getItems().addAll(filterField, withinChip, spacer, timestamps, clearButton);
        return bar;
    }

    private void countLevels(List<OutputMessage> messages) {
        for (OutputMessage m : messages) {
            levelCounts.merge(m.level(), (long) Math.max(1, m.count()), Long::sum);
        }
        updateLevelLabels();
    }

    // a check mark and a struck-through label say on/off without relying on colour
    private void updateLevelLabels() {
        levelToggles.forEach((level, toggle) -> {
            toggle.setText(OutputText.levelToggleText(label(level), levelCount(level), toggle.isSelected()));
            Tooltip tip = toggle.getTooltip() == null ? new Tooltip() : toggle.getTooltip();
            tip.setText((toggle.isSelected() ? "Showing " : "Hiding ") + label(level).toLowerCase(Locale.ROOT)
                    + " lines; click to " + (toggle.isSelected() ? "hide" : "show") + " them");
            toggle.setTooltip(tip);
        });
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

    /**
     * Shows only the lines of scripts inside {@code fullName} (an actor), or that name it; null shows
     * every line again. A chip in the toolbar says so, and one click on it clears it.
     */
    public void showWithin(String fullName) {
        within = fullName;
        boolean on = fullName != null;
        withinChip.setText(on ? "Only " + FullNames.ownName(fullName) + "  \u2715" : "");
        withinChip.setTooltip(on ? new javafx.scene.control.Tooltip("Showing only lines from " + fullName
                + ". Click to show every line.") : null);
        withinChip.setVisible(on);
        withinChip.setManaged(on);
        refilter();
    }

    /** The instance the Output is narrowed to, or null. */
    public String within() {
        return within;
    }

    private void refilter() {
        Set<OutputLevel> levels = EnumSet.noneOf(OutputLevel.class);
        levelToggles.forEach((level, toggle) -> {
            if (toggle.isSelected()) {
                levels.add(level);
            }
        });
        filter = new OutputFilter(levels, filterField.getText(), within);
        visible.setAll(buffer.matching(filter));
        resumeFollowing();
    }

    private void resumeFollowing() {
        following = true;
        newLinesBelow.setVisible(false);
        scrollToEnd();
    }

    private void scrollToEnd() {
        if (!visible.isEmpty()) {
            list.scrollTo(visible.size() - 1);
            // scrollTo puts the line at the top when it can; with wrapped lines of unknown height that
            // can leave the tail below the view, so also pin the list to its very end
            VirtualFlow<?> flow = flow();
            if (flow != null) {
                flow.setPosition(1.0);
            }
        }
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }

    /**
     * Only a gesture (wheel, scroll bar, keys) changes following: after one, the list follows if and
     * only if its last line is in view.
     */
    private void watchUserScrolling() {
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                Platform.runLater(this::followIfAtEnd);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END -> Platform.runLater(this::followIfAtEnd);
                default -> { }
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (isOnScrollBar(e.getPickResult().getIntersectedNode())) {
                Platform.runLater(this::followIfAtEnd);
            }
        });
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (isOnScrollBar(e.getPickResult().getIntersectedNode())) {
                following = false;
            }
        });
    }

    private void followIfAtEnd() {
        list.layout();
        if (lastLineShown()) {
            resumeFollowing();
        } else {
            following = false;
        }
    }

    private boolean lastLineShown() {
        if (visible.isEmpty()) {
            return true;
        }
        VirtualFlow<?> flow = flow();
        if (flow == null || flow.getLastVisibleCell() == null) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last.getIndex() >= visible.size() - 1
                && last.getBoundsInParent().getMaxY() <= flow.getHeight() + 1;
    }

    private static boolean isOnScrollBar(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollBar bar) {
                return bar.getOrientation() == Orientation.VERTICAL;
            }
        }
        return false;
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
}
