package pstudio.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.TreeListener;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.document.SetPropertyCommand;
import pstudio.ui.editor.ScriptEditor;
import pstudio.ui.icons.Icons;

/**
 * One editor tab per open script. A tab's text reaches the place (as one undoable "Edit Job" step)
 * when the user pauses typing, leaves the editor, closes the tab, saves or runs; until then the tab
 * title carries a {@code *}. Changes to the place (undo, rename, delete) flow back into the tabs.
 */
final class EditorTabs {
    private static final Duration COMMIT_AFTER_PAUSE = Duration.millis(1200);

    private final TabPane tabs = new TabPane();
    private final StackPane area = new StackPane();
    private final Map<Instance, ScriptTab> open = new LinkedHashMap<>();
    private final TreeListener placeListener = new TreeListener() {
        @Override
        public void childRemoved(Instance parent, Instance child) {
            onFxThread(EditorTabs.this::closeDetached);
        }

        @Override
        public void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
            onFxThread(() -> placeChanged(instance, property));
        }
    };
    private PlaceDocument document;
    private boolean editable = true;
    /** One zoom for every tab (and the Output, which the shell binds to it). */
    private final DoubleProperty zoom = new SimpleDoubleProperty(ScriptEditor.DEFAULT_FONT_SIZE);

    EditorTabs() {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.getStyleClass().add("editor-tabs");
        Label hint = new Label("Double-click a script in the Explorer to edit it");
        hint.getStyleClass().add("editor-hint");
        hint.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        hint.setMouseTransparent(true);
        area.getChildren().addAll(tabs, hint);
    }

    /** The tabs, with a hint over them while none is open. */
    StackPane node() {
        return area;
    }

    TabPane tabPane() {
        return tabs;
    }

    void setDocument(PlaceDocument newDocument) {
        closeAll();
        if (document != null) {
            document.place().removeTreeListener(placeListener);
        }
        document = newDocument;
        document.place().addTreeListener(placeListener);
    }

    /** Opens the script (or brings its tab forward) with the caret at {@code line} (0: leave it). */
    void open(Instance script, int line) {
        if (!script.IsA("LuaSourceContainer")) {
            return;
        }
        ScriptTab tab = open.computeIfAbsent(script, ScriptTab::new);
        tabs.getSelectionModel().select(tab.tab);
        if (line > 0) {
            tab.editor.goToLine(line);
        } else {
            Platform.runLater(() -> tab.editor.codeArea().requestFocus());
        }
    }

    /** The editor of the selected tab, or null. */
    ScriptEditor selectedEditor() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return open.values().stream().filter(t -> t.tab == selected).map(t -> t.editor).findFirst().orElse(null);
    }

    Instance selectedScript() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return open.entrySet().stream().filter(e -> e.getValue().tab == selected).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    boolean isOpen(Instance script) {
        return open.containsKey(script);
    }

    /** Puts every tab's text into the place, so Save and Run see exactly what the user sees. */
    void commitAll() {
        open.values().forEach(ScriptTab::commit);
    }

    void closeAll() {
        for (ScriptTab t : open.values().toArray(ScriptTab[]::new)) {
            t.close();
        }
    }

    /** The editors' font size in pixels, shared by every tab. */
    DoubleProperty zoomProperty() {
        return zoom;
    }

    /** During a run the place's scripts are read-only, as the Explorer is. */
    void setEditable(boolean canEdit) {
        editable = canEdit;
        open.values().forEach(t -> t.editor.setEditable(canEdit));
    }

    private void placeChanged(Instance instance, String property) {
        ScriptTab tab = open.get(instance);
        if (tab == null) {
            return;
        }
        if (InstanceClass.SOURCE.equals(property)) {
            String source = (String) instance.getProperty(InstanceClass.SOURCE);
            if (!source.equals(tab.editor.getText())) {
                tab.editor.replaceAllText(source);
            }
        }
        tab.updateTitle();
    }

    private void closeDetached() {
        for (ScriptTab t : open.values().toArray(ScriptTab[]::new)) {
            if (!t.script.IsDescendantOf(document.place())) {
                t.closeWithoutCommit();
            }
        }
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** A script, its editor and its tab. */
    private final class ScriptTab {
        final Instance script;
        final ScriptEditor editor;
        final Tab tab = new Tab();
        final Tooltip fullName = new Tooltip();
        final PauseTransition pause = new PauseTransition(COMMIT_AFTER_PAUSE);

        ScriptTab(Instance script) {
            this.script = script;
            this.editor = new ScriptEditor(script.GetFullName(), source());
            editor.setEditable(editable);
            editor.fontSizeProperty().set(zoom.get());
            editor.fontSizeProperty().bindBidirectional(zoom);
            tab.setContent(editor);
            tab.setGraphic(Icons.forClass(script.getClassName()));
            tab.setTooltip(fullName);
            tab.setOnClosed(e -> close());
            pause.setOnFinished(e -> commit());
            editor.textProperty().addListener((obs, old, text) -> {
                updateTitle();
                pause.playFromStart();
            });
            editor.codeArea().focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    commit();
                }
            });
            updateTitle();
            tabs.getTabs().add(tab);
        }

        String source() {
            return (String) script.getProperty(InstanceClass.SOURCE);
        }

        boolean dirty() {
            return !Objects.equals(editor.getText(), source());
        }

        void updateTitle() {
            tab.setText(script.getName() + (dirty() ? " *" : ""));
            fullName.setText(script.GetFullName());
        }

        void commit() {
            pause.stop();
            if (dirty() && document != null) {
                document.execute(new SetPropertyCommand(script, InstanceClass.SOURCE, editor.getText()));
                updateTitle();
            }
        }

        void close() {
            commit();
            closeWithoutCommit();
        }

        /** For a script that left the place: its text went in when the user left the editor to delete it. */
        void closeWithoutCommit() {
            pause.stop();
            if (open.remove(script) == null) {
                return;
            }
            editor.dispose();
            tabs.getTabs().remove(tab);
        }
    }
}
