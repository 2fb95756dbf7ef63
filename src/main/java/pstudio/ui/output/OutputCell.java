package pstudio.ui.output;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import pstudio.engine.OutputLevel;
import pstudio.engine.OutputMessage;

/**
 * Draws one Output line: disclosure arrow (when it has details), timestamp, text, repeat badge and
 * the source as a link; expanded, the details (stack trace or per-actor failures) below it.
 * The nodes are made once per cell and only their text changes as the cell is reused.
 */
final class OutputCell extends ListCell<OutputEntry> {
    private static final String EXPANDED_ARROW = "\u25BE";
    private static final String COLLAPSED_ARROW = "\u25B8";

    private final Label arrow = new Label();
    private final Label time = new Label();
    private final Label text = new Label();
    private final Label badge = new Label();
    private final Label source = new Label();
    private final Label details = new Label();
    private final VBox content;
    private final Consumer<OutputMessage> openSource;
    private String levelClass;

    OutputCell(ObservableBooleanValue showTimestamps, Consumer<OutputMessage> openSource) {
        this.openSource = openSource;
        getStyleClass().add("output-cell");
        arrow.getStyleClass().add("output-arrow");
        time.getStyleClass().add("output-time");
        text.getStyleClass().add("output-text");
        badge.getStyleClass().add("output-badge");
        source.getStyleClass().add("output-source");
        details.getStyleClass().add("output-details");
        time.visibleProperty().bind(showTimestamps);
        time.managedProperty().bind(showTimestamps);
        // the text wraps in what is left; the link keeps its own width at the right edge
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        source.setMinWidth(Region.USE_PREF_SIZE);
        // the cell is as wide as the list, never wider, so nothing pushes the link off screen
        setPrefWidth(0);
        source.setCursor(Cursor.HAND);
        arrow.setCursor(Cursor.HAND);

        HBox line = new HBox(6, arrow, time, text, badge, source);
        content = new VBox(line, details);
        content.getStyleClass().add("output-line");

        // the link and the arrow act on their own; they must not also select or toggle through the cell
        source.setOnMouseClicked(e -> {
            if (getItem() != null && e.getButton() == MouseButton.PRIMARY) {
                openSource.accept(getItem().message());
                e.consume();
            }
        });
        arrow.setOnMouseClicked(e -> {
            toggleExpanded();
            e.consume();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                toggleExpanded();
            }
        });
    }

    private void toggleExpanded() {
        OutputEntry entry = getItem();
        if (entry != null && entry.hasDetails()) {
            entry.setExpanded(!entry.isExpanded());
            showDetails(entry);
            text.setText(OutputText.shownText(entry.message().text(), entry.isExpanded()));
            // the cell changed height; the list lays its cells out again
            getListView().refresh();
        }
    }

    @Override
    protected void updateItem(OutputEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        setLevelClass(empty || entry == null ? null : levelClassOf(entry.message().level()));
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        OutputMessage m = entry.message();
        time.setText(OutputText.timestamp(m.timestampMillis()));
        text.setText(OutputText.shownText(m.text(), entry.isExpanded()));
        String count = OutputText.countBadge(entry.count());
        badge.setText(count);
        badge.setVisible(!count.isEmpty());
        String location = m.location();
        source.setText(location == null ? "" : location);
        source.setVisible(location != null && m.script() != null);
        showDetails(entry);
        setGraphic(content);
    }

    private void showDetails(OutputEntry entry) {
        boolean open = entry.hasDetails() && entry.isExpanded();
        arrow.setText(entry.hasDetails() ? (open ? EXPANDED_ARROW : COLLAPSED_ARROW) : "");
        arrow.setVisible(entry.hasDetails());
        boolean showDetails = open && !entry.message().details().isEmpty();
        details.setText(showDetails ? String.join("\n", entry.message().details()) : "");
        details.setVisible(showDetails);
        details.setManaged(showDetails);
    }

    private void setLevelClass(String newClass) {
        if (levelClass != null) {
            getStyleClass().remove(levelClass);
        }
        levelClass = newClass;
        if (newClass != null) {
            getStyleClass().add(newClass);
        }
    }

    private static String levelClassOf(OutputLevel level) {
        return "output-" + level.name().toLowerCase(Locale.ROOT);
    }
}
