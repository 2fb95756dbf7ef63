package pstudio.ui.editor;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.reactfx.Subscription;
import pstudio.ui.editor.TextSearch.InvalidSearchException;
import pstudio.ui.editor.TextSearch.Match;
import pstudio.ui.editor.TextSearch.Replacement;

/**
 * The find/replace strip above the text. Searching is incremental: each change to the query selects
 * the first match from where the search started. The current match is the area's selection, so the
 * user can close the bar and keep editing right there.
 */
final class FindReplaceBar extends VBox {
    private final CodeArea area;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final ToggleButton matchCase = new ToggleButton("Aa");
    private final ToggleButton regex = new ToggleButton(".*");
    private final Label status = new Label();
    private final Button replaceOne = new Button("Replace");
    private final Button replaceAll = new Button("Replace All");
    private final HBox replaceRow;
    private final Subscription edits;
    private int searchFrom;
    private TextSearch search;
    private List<Match> matches = List.of();
    private boolean recountPending;
    private boolean replacing;

    FindReplaceBar(CodeArea area) {
        this.area = area;
        getStyleClass().add("find-replace-bar");
        query.setPromptText("Find");
        query.getStyleClass().add("find-field");
        replacement.setPromptText("Replace");
        replacement.getStyleClass().add("replace-field");
        matchCase.setTooltip(new Tooltip("Match case"));
        matchCase.getStyleClass().add("match-case");
        regex.setTooltip(new Tooltip("Regular expression"));
        regex.getStyleClass().add("regex");
        status.getStyleClass().add("find-status");
        Button previous = new Button("↑");
        previous.setTooltip(new Tooltip("Previous match (Shift+Enter)"));
        previous.setOnAction(e -> previous());
        Button next = new Button("↓");
        next.setTooltip(new Tooltip("Next match (Enter)"));
        next.setOnAction(e -> next());
        Button close = new Button("✕");
        close.setTooltip(new Tooltip("Close (Esc)"));
        close.setOnAction(e -> close());
        replaceOne.setOnAction(e -> replace());
        replaceAll.setOnAction(e -> replaceAll());

        HBox.setHgrow(query, Priority.ALWAYS);
        HBox.setHgrow(replacement, Priority.ALWAYS);
        HBox findRow = new HBox(6, query, matchCase, regex, status, previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow = new HBox(6, replacement, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);
        setShowing(this, false);

        query.textProperty().addListener((obs, old, now) -> searchChanged());
        matchCase.selectedProperty().addListener((obs, old, now) -> searchChanged());
        regex.selectedProperty().addListener((obs, old, now) -> searchChanged());
        query.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                e.consume();
            }
        });
        replacement.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                replace();
                e.consume();
            }
        });
        edits = area.plainTextChanges().subscribe(change -> scheduleRecount());
    }

    /** Opens the bar; a one-line selection becomes the query. */
    void open(boolean withReplace) {
        searchFrom = area.getSelection().getStart();
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            query.setText(selected);
        }
        setShowing(replaceRow, withReplace);
        setShowing(this, true);
        searchChanged();
        query.requestFocus();
        query.selectAll();
    }

    void close() {
        setShowing(this, false);
        area.requestFocus();
    }

    boolean isOpen() {
        return isVisible();
    }

    void setReplaceEnabled(boolean enabled) {
        replacement.setDisable(!enabled);
        replaceOne.setDisable(!enabled);
        replaceAll.setDisable(!enabled);
    }

    void dispose() {
        edits.unsubscribe();
    }

    void next() {
        if (refresh()) {
            select(TextSearch.nextIndex(matches, area.getSelection().getEnd()));
        }
    }

    void previous() {
        if (refresh()) {
            select(TextSearch.previousIndex(matches, area.getSelection().getStart()));
        }
    }

    void replace() {
        if (!refresh() || !area.isEditable()) {
            return;
        }
        int current = currentIndex();
        if (current < 0) {
            next();
            return;
        }
        Match match = matches.get(current);
        String with;
        try {
            with = search.replacementFor(area.getText(), match, replacement.getText());
        } catch (InvalidSearchException e) {
            showError(e.getMessage());
            return;
        }
        replacing = true;
        area.getUndoManager().preventMerge();
        area.replaceText(match.start(), match.end(), with);
        area.getUndoManager().preventMerge();
        replacing = false;
        area.moveTo(match.start() + with.length());
        next();
    }

    void replaceAll() {
        if (!refresh() || !area.isEditable()) {
            return;
        }
        List<Replacement> replacements;
        try {
            replacements = search.replacements(area.getText(), replacement.getText());
        } catch (InvalidSearchException e) {
            showError(e.getMessage());
            return;
        }
        if (replacements.isEmpty()) {
            return;
        }
        // One multi-change is one undo step; applied last to first, earlier positions stay valid.
        MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(replacements.size());
        for (int i = replacements.size() - 1; i >= 0; i--) {
            Replacement r = replacements.get(i);
            change.replaceText(r.start(), r.end(), r.text());
        }
        replacing = true;
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        replacing = false;
        refresh();
        status.setText("Replaced " + replacements.size());
    }

    private void searchChanged() {
        if (refresh() && !matches.isEmpty()) {
            select(TextSearch.nextIndex(matches, searchFrom));
        }
    }

    /** Recompiles the query and recounts; false (with the reason shown) when there is nothing to search for. */
    private boolean refresh() {
        status.getStyleClass().remove("error");
        search = null;
        matches = List.of();
        if (query.getText().isEmpty()) {
            status.setText("");
            return false;
        }
        try {
            search = TextSearch.compile(query.getText(), matchCase.isSelected(), regex.isSelected());
        } catch (InvalidSearchException e) {
            showError(e.getMessage());
            return false;
        }
        matches = search.findAll(area.getText());
        showCount();
        return true;
    }

    private void select(int index) {
        if (index < 0) {
            return;
        }
        Match m = matches.get(index);
        area.selectRange(m.start(), m.end());
        area.requestFollowCaret();
        showCount();
    }

    /** "3 of 12" when a match is selected, else how many there are. */
    private void showCount() {
        int current = currentIndex();
        if (matches.isEmpty()) {
            status.setText("No results");
        } else if (current >= 0) {
            status.setText((current + 1) + " of " + matches.size());
        } else {
            status.setText(matches.size() + (matches.size() == 1 ? " result" : " results"));
        }
    }

    private int currentIndex() {
        IndexRange selection = area.getSelection();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            if (m.start() == selection.getStart() && m.end() == selection.getEnd()) {
                return i;
            }
        }
        return -1;
    }

    private void showError(String message) {
        status.setText(message);
        if (!status.getStyleClass().contains("error")) {
            status.getStyleClass().add("error");
        }
    }

    /** Edits while the bar is open change the count; recount once per burst. The bar's own replacements recount themselves. */
    private void scheduleRecount() {
        if (!isOpen() || recountPending || replacing) {
            return;
        }
        recountPending = true;
        Platform.runLater(() -> {
            recountPending = false;
            if (isOpen()) {
                refresh();
            }
        });
    }

    private static void setShowing(Node node, boolean showing) {
        node.setVisible(showing);
        node.setManaged(showing);
    }
}
