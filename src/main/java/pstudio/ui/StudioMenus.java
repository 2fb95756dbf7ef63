package pstudio.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.editor.ScriptEditor;
import pstudio.ui.document.PlaceEditing;
import pstudio.ui.icons.Icons;

/** The menu bar and the toolbar; each item calls the window, and is enabled only when it can act. */
final class StudioMenus {
    private final StudioWindow window;
    private final BooleanBinding running;
    /** Run waits while a place is opening: that run's place would be replaced under it. */
    private final BooleanBinding opening;
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();
    private final List<Undoable> undoables = new ArrayList<>();

    StudioMenus(StudioWindow window) {
        this.window = window;
        this.running = Bindings.createBooleanBinding(() -> window.runs().phase().isRunning(),
                window.runs().phaseProperty());
        this.opening = window.files().openingProperty().isNotNull();
        menuBar.getMenus().addAll(fileMenu(), editMenu(), viewMenu(), runMenu());
        buildToolBar();
    }

    MenuBar menuBar() {
        return menuBar;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    private Menu fileMenu() {
        PlaceFiles files = window.files();
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        MenuItem newPlace = item("New", "Shortcut+N", files::newPlace);
        MenuItem open = item("Open...", "Shortcut+O", files::open);
        // replacing the place mid-run would leave the run's tree on show; Save stays available
        newPlace.disableProperty().bind(running);
        open.disableProperty().bind(running);
        recent.disableProperty().bind(running);
        MenuItem backups = item("Backups...", null, window::showBackups);
        backups.disableProperty().bind(running);
        return new Menu("File", null, newPlace, open, recent, backups,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", files::save),
                item("Save As...", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                item("Export Trace...", null, window::exportTrace),
                item("Export Image...", null, window::exportImage),
                new SeparatorMenuItem(),
                item("Exit", null, window::close));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path p : window.settings().recentPlaces()) {
            recent.getItems().add(item(p.getFileName() + "  (" + p.getParent() + ")", null,
                    () -> window.files().open(p)));
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent places");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", "Shortcut+Z", window::undo);
        MenuItem redo = item("Redo", "Shortcut+Y", window::redo);
        undoables.add(new Undoable(true, undo, null));
        undoables.add(new Undoable(false, redo, null));
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(),
                explorerItem("Insert Object...", () -> window.explorer().showInsertObject()),
                explorerItem("Rename", () -> window.explorer().renameSelected()),
                editing("Duplicate", PlaceEditing::duplicateSelection),
                editing("Delete", PlaceEditing::deleteSelection),
                new SeparatorMenuItem(),
                editing("Cut", PlaceEditing::cutSelection),
                editing("Copy", PlaceEditing::copySelection),
                editing("Paste", PlaceEditing::paste),
                editing("Paste Into", PlaceEditing::pasteInto),
                new SeparatorMenuItem(),
                editorItem("Find...", "Shortcut+F", ScriptEditor::showFind),
                editorItem("Replace...", "Shortcut+H", ScriptEditor::showReplace),
                editorItem("Go to Line...", "Shortcut+G", ScriptEditor::showGoToLine));
        return edit;
    }

    private Menu viewMenu() {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        dark.setToggleGroup(themes);
        light.setToggleGroup(themes);
        (window.theme() == Theme.LIGHT ? light : dark).setSelected(true);
        dark.setOnAction(e -> window.setTheme(Theme.DARK));
        light.setOnAction(e -> window.setTheme(Theme.LIGHT));
        return new Menu("View", null, dark, light, new SeparatorMenuItem(),
                editorItem("Zoom In", "Shortcut+Equals", ScriptEditor::zoomIn),
                editorItem("Zoom Out", "Shortcut+Minus", ScriptEditor::zoomOut),
                editorItem("Reset Zoom", "Shortcut+0", ScriptEditor::resetZoom),
                new SeparatorMenuItem(),
                item("Filter Explorer", "Shortcut+Shift+F", () -> window.explorer().focusFilter()),
                item("Viewport", null, window::showViewport),
                item("Clear Output", "Shortcut+K", () -> window.outputPanel().clear()));
    }

    private Menu runMenu() {
        MenuItem run = item("Run", "F8", window::run);
        MenuItem stop = item("Stop", "Shift+F5", window::stop);
        run.disableProperty().bind(running.or(opening));
        stop.disableProperty().bind(running.not());
        return new Menu("Run", null, run, stop, new SeparatorMenuItem(), engineMemoryMenu());
    }

    /** The heap limit of each run's engine process; it applies from the next run on. */
    private Menu engineMemoryMenu() {
        Menu memory = new Menu("Engine Memory");
        ToggleGroup limits = new ToggleGroup();
        for (int megabytes : StudioWindow.ENGINE_MEMORY_CHOICES) {
            RadioMenuItem choice = new RadioMenuItem(megabytes >= 1024 ? megabytes / 1024 + " GB" : megabytes + " MB");
            choice.setToggleGroup(limits);
            choice.setSelected(megabytes == window.engineMemoryMegabytes());
            choice.setOnAction(e -> window.setEngineMemoryMegabytes(megabytes));
            memory.getItems().add(choice);
        }
        return memory;
    }

    private void buildToolBar() {
        PlaceFiles files = window.files();
        Button run = tool("run", "Run (F8)", window::run);
        Button stop = tool("stop", "Stop (Shift+F5)", window::stop);
        run.disableProperty().bind(running.or(opening));
        stop.disableProperty().bind(running.not());
        Button undo = tool("undo", "Undo (Ctrl+Z)", window::undo);
        Button redo = tool("redo", "Redo (Ctrl+Y)", window::redo);
        undoables.add(new Undoable(true, null, undo));
        undoables.add(new Undoable(false, null, redo));
        Button newPlace = tool("new", "New place (Ctrl+N)", files::newPlace);
        Button open = tool("open", "Open a place (Ctrl+O)", files::open);
        newPlace.disableProperty().bind(running);
        open.disableProperty().bind(running);
        Spinner<Integer> workerSpinner = new Spinner<>(1, 256, window.workers().get());
        workerSpinner.setEditable(true);
        workerSpinner.setPrefWidth(80);
        workerSpinner.setTooltip(new Tooltip("Worker threads the actors share in the next run"));
        workerSpinner.valueProperty().addListener((obs, old, n) -> window.workers().set(n));
        workerSpinner.disableProperty().bind(running);
        Label workersLabel = new Label("Workers");
        toolBar.getItems().addAll(newPlace, open, tool("save", "Save (Ctrl+S)", files::save),
                new Separator(), undo, redo, new Separator(), run, stop, new Separator(), workersLabel, workerSpinner);
    }

    /** Points Undo and Redo (menu and toolbar) at a newly opened document's history. */
    void bindDocument(PlaceDocument document) {
        for (Undoable u : undoables) {
            var commands = document.commands();
            if (u.item != null) {
                u.item.textProperty().bind(u.undo ? commands.undoTextProperty() : commands.redoTextProperty());
                u.item.disableProperty().bind(running.or((u.undo ? commands.canUndoProperty() : commands.canRedoProperty()).not()));
            } else {
                u.button.disableProperty().bind(running.or((u.undo ? commands.canUndoProperty() : commands.canRedoProperty()).not()));
            }
        }
    }

    /** A menu item or button whose state follows the document's undo history. */
    private record Undoable(boolean undo, MenuItem item, Button button) {
    }

    private MenuItem editing(String text, Consumer<PlaceEditing> action) {
        return explorerItem(text, () -> window.explorer().edit(action));
    }

    private MenuItem explorerItem(String text, Runnable action) {
        MenuItem item = item(text, null, action);
        item.disableProperty().bind(running);
        return item;
    }

    private MenuItem editorItem(String text, String accelerator, Consumer<ScriptEditor> action) {
        return item(text, accelerator, () -> {
            ScriptEditor editor = window.editors().selectedEditor();
            if (editor != null) {
                action.accept(editor);
            }
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button tool(String icon, String tooltip, Runnable action) {
        Button b = new Button(null, Icons.forAction(icon));
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        b.getStyleClass().add("studio-tool");
        b.setId("tool-" + icon);
        return b;
    }
}
