package pstudio.ui.explorer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.textfield.TextFields;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.ui.document.PlaceClipboard;
import pstudio.ui.theme.ThemedControls;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.document.PlaceEditing;

/**
 * The Explorer: the place as a tree, with a filter box above it. In edit mode it shows the
 * document's place, follows and drives the document's selection and edits through
 * {@link PlaceEditing}; during a run it shows the run's place read-only.
 */
public class ExplorerView extends BorderPane {
    private static final KeyCombination INSERT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CUT = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE_INTO =
            new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination RENAME = new KeyCodeCombination(KeyCode.F2);
    private static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    private static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.ENTER);

    private final PlaceClipboard clipboard = new PlaceClipboard();
    private final TreeView<Instance> tree = new TreeView<>();
    private final TextField filterField = TextFields.createClearableTextField();
    private final ContextMenu editMenu = buildEditMenu();
    private final ExplorerDrag drag = new ExplorerDrag();
    /** Below the tree while dragging: what a drop on the row under the pointer would do, or why it is refused. */
    private final Label dropHint = new Label();
    private final ListChangeListener<Instance> documentSelectionListener = c -> showDocumentSelection();
    private PlaceDocument document;
    private PlaceEditing editing;
    private TreeMirror documentTree;
    private TreeMirror runTree;
    private Consumer<Instance> opener = instance -> { };
    private Consumer<String> errorReporter = this::showError;
    private InsertObjectDialog insertDialog;
    /** Set while the view itself changes the tree's selection, so that it is not taken for a user's pick. */
    private boolean syncingSelection;
    /** The run's instance picked in the run tree, for the Properties panel; null outside a run. */
    private final ObjectProperty<Instance> runSelection = new SimpleObjectProperty<>();
    private DataModel runPlace;

    public ExplorerView() {
        getStyleClass().add("explorer");
        ThemedControls.applyTo(filterField);
        filterField.setPromptText("Filter (name or is:ClassName)");
        filterField.getStyleClass().add("explorer-filter");
        filterField.textProperty().addListener((obs, was, now) -> applyFilter());
        tree.setShowRoot(false);
        tree.setEditable(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(t -> new InstanceCell(this));
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<Instance>>) c -> treeSelectionChanged());
        tree.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        // back to read-only once an inline rename ends, so that plain clicks never start one
        tree.editingItemProperty().addListener((obs, was, now) -> {
            if (now == null) {
                tree.setEditable(false);
            }
        });
        getStylesheets().add(ExplorerView.class.getResource("explorer.css").toExternalForm());
        dropHint.getStyleClass().add("explorer-drop-hint");
        dropHint.setMaxWidth(Double.MAX_VALUE);
        dropHint.setWrapText(true);
        hideDropHint();
        setTop(filterField);
        setCenter(tree);
        setBottom(dropHint);
    }

    // ---- the shell's API ---------------------------------------------------------------------

    /** Shows {@code doc}'s place, editable, its tree selection tied to {@code doc.selection()} both ways. */
    public void setDocument(PlaceDocument doc) {
        if (document != null) {
            document.selection().items().removeListener(documentSelectionListener);
            documentTree.detach();
        }
        document = doc;
        editing = new PlaceEditing(doc, clipboard);
        documentTree = new TreeMirror(doc.place(), i -> i.instanceClass().isService(), this::refreshDocumentTree);
        documentTree.attach();
        doc.selection().items().addListener(documentSelectionListener);
        if (!isRunning()) {
            showTree(documentTree);
            showDocumentSelection();
        }
    }

    /**
     * Shows a running place read-only, expanded where the document is. Engine threads change it;
     * the tree follows a frame later. The document's selection is left alone meanwhile.
     */
    public void showRun(DataModel runPlace) {
        if (runTree != null) {
            runTree.detach();
        }
        Set<String> expandedNames = expandedFullNames();
        this.runPlace = runPlace;
        runTree = new TreeMirror(runPlace, i -> expandedNames.contains(i.GetFullName()), this::refreshRunTree);
        runTree.attach();
        tree.edit(null);
        editMenu.hide();
        tree.setContextMenu(null);
        showTree(runTree);
    }

    /** The run instance selected in the run tree (read-only for the Properties panel); null outside a run. */
    public ReadOnlyObjectProperty<Instance> runSelectionProperty() {
        return runSelection;
    }

    /**
     * Selects the running place's instance named {@code fullName} (as the engine names it:
     * {@code ServerStorage.Storage.Actor12}), expanding the tree to it; false if there is no run or no such instance yet.
     */
    public boolean selectRunInstance(String fullName) {
        if (runPlace == null || fullName == null) {
            return false;
        }
        Instance at = runPlace;
        for (String name : fullName.split("\\.")) {
            at = at.FindFirstChild(name);
            if (at == null) {
                return false;
            }
        }
        TreeItem<Instance> item = runTree.reveal(at);
        if (item != null) {
            tree.getSelectionModel().clearSelection();
            tree.getSelectionModel().select(item);
            tree.scrollTo(tree.getRow(item));
        }
        // even before the tree has mirrored it, its properties can show
        runSelection.set(at);
        return true;
    }

    /** Back to the document's tree, as it was: the same expansion and selection. */
    public void endRun() {
        if (runTree == null) {
            return;
        }
        runTree.detach();
        runTree = null;
        runPlace = null;
        runSelection.set(null);
        if (documentTree != null) {
            showTree(documentTree);
            showDocumentSelection();
        }
    }

    /** Called with a Script, LocalScript or ModuleScript of the document on double-click or Enter. */
    public void setOnOpenScript(Consumer<Instance> opener) {
        this.opener = Objects.requireNonNull(opener);
    }

    /** Where refusals go (a sentence each); by default a small alert over the window. */
    public void setOnError(Consumer<String> reporter) {
        this.errorReporter = Objects.requireNonNull(reporter);
    }

    /** The current document's editing, for the Edit menu; it changes with {@link #setDocument}. */
    public PlaceEditing editing() {
        return editing;
    }

    /** An edit from outside the tree (the Edit menu), reported as the tree's own edits are. */
    public void edit(Consumer<PlaceEditing> operation) {
        if (!isRunning() && editing != null) {
            run(() -> operation.accept(editing));
        }
    }

    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    public boolean isRunning() {
        return runTree != null;
    }

    // ---- for the cells and the tests ---------------------------------------------------------

    TreeView<Instance> treeView() {
        return tree;
    }

    /** How many coalesced refreshes the shown tree has had. */
    int refreshCount() {
        return (isRunning() ? runTree : documentTree).refreshCount();
    }

    void startRename(Instance instance) {
        TreeItem<Instance> item = shownTree() == null ? null : shownTree().itemOf(instance);
        if (isRunning() || item == null || instance.getParent() == null) {
            return;
        }
        tree.setEditable(true);
        tree.scrollTo(tree.getRow(item));
        tree.layout();
        tree.edit(item);
    }

    void rename(Instance instance, String newName) {
        run(() -> editing.rename(instance, newName));
    }

    /** Opens a script: double click or Enter. During a run, the document's script of the same name. */
    void open(Instance instance) {
        Instance script = isRunning() ? documentCounterpart(instance) : instance;
        if (script != null && script.IsA("LuaSourceContainer")) {
            opener.accept(script);
        }
    }

    boolean startDrag(Instance grabbed) {
        if (isRunning() || editing == null) {
            return false;
        }
        List<Instance> selected = selectedInstances();
        drag.start(selected.contains(grabbed) ? selected : List.of(grabbed));
        return true;
    }

    /** Null if a drop on {@code target} would be accepted, else why not ("" when no drag of ours is going). */
    String dropRefusal(Instance target) {
        if (isRunning() || !drag.isActive()) {
            return "";
        }
        return drag.refusal(editing, target);
    }

    /**
     * A drag of ours is over {@code target}'s row: says in the drop hint what a drop would do or why
     * it is refused (a tooltip would not show during a drag), and returns the refusal as {@link #dropRefusal} does.
     */
    String dragOver(Instance target) {
        String refusal = dropRefusal(target);
        if (refusal == null) {
            showDropHint(drag.description(editing, target), false);
        } else if (!refusal.isEmpty()) {
            showDropHint(refusal, true);
        } else {
            hideDropHint();
        }
        return refusal;
    }

    /** The pointer left a row: nothing is said until it is over another. */
    void hideDropHint() {
        dropHint.setText(null);
        dropHint.setVisible(false);
        dropHint.setManaged(false);
    }

    private void showDropHint(String text, boolean refused) {
        dropHint.setText(text);
        dropHint.getStyleClass().remove("refused");
        if (refused) {
            dropHint.getStyleClass().add("refused");
        }
        dropHint.setVisible(true);
        dropHint.setManaged(true);
    }

    /** The drop hint's text while it shows, else null: what the user reads during a drag. */
    String dropHintText() {
        return dropHint.isVisible() ? dropHint.getText() : null;
    }

    boolean drop(Instance target) {
        if (dropRefusal(target) != null) {
            return false;
        }
        return run(() -> drag.drop(editing, target));
    }

    void endDrag() {
        drag.end();
        hideDropHint();
    }

    // ---- internals ---------------------------------------------------------------------------

    private TreeMirror shownTree() {
        return isRunning() ? runTree : documentTree;
    }

    private void showTree(TreeMirror mirror) {
        syncingSelection = true;
        try {
            mirror.setFilter(ExplorerFilter.parse(filterField.getText()));
            tree.setRoot(mirror.rootItem());
            tree.getSelectionModel().clearSelection();
        } finally {
            syncingSelection = false;
        }
        tree.setContextMenu(isRunning() ? null : editMenu);
    }

    private void applyFilter() {
        TreeMirror mirror = shownTree();
        if (mirror == null) {
            return;
        }
        List<Instance> kept = selectedInstances();
        syncingSelection = true;
        try {
            // the selection is put back below; left in place, the TreeView would follow each of
            // thousands of rows the filter adds or takes away
            tree.getSelectionModel().clearSelection();
            mirror.setFilter(ExplorerFilter.parse(filterField.getText()));
        } finally {
            syncingSelection = false;
        }
        if (isRunning()) {
            selectInTree(kept);
        } else {
            showDocumentSelection();
        }
    }

    /**
     * Removing a selected row makes the TreeView select a neighbour; that is not the user's choice,
     * so a refresh runs unheard and the selection is put back afterwards, minus what left the tree.
     */
    private void refreshDocumentTree(Runnable reconcile) {
        reconcileUnheard(reconcile);
        if (!isRunning()) {
            DataModel place = document.place();
            List<Instance> inPlace = document.selection().items().stream()
                    .filter(i -> i == place || i.IsDescendantOf(place)).toList();
            document.selection().set(inPlace);
            showDocumentSelection();
        }
    }

    private void refreshRunTree(Runnable reconcile) {
        List<Instance> kept = selectedInstances();
        reconcileUnheard(reconcile);
        selectInTree(kept);
    }

    private void reconcileUnheard(Runnable reconcile) {
        syncingSelection = true;
        try {
            reconcile.run();
        } finally {
            syncingSelection = false;
        }
    }

    private void showDocumentSelection() {
        if (!isRunning() && document != null && !syncingSelection) {
            selectInTree(document.selection().items());
        }
    }

    private void selectInTree(List<Instance> instances) {
        MultipleSelectionModel<TreeItem<Instance>> model = tree.getSelectionModel();
        List<TreeItem<Instance>> wanted = new ArrayList<>();
        for (Instance instance : instances) {
            TreeItem<Instance> item = shownTree().reveal(instance);
            if (item != null) {
                wanted.add(item);
            }
        }
        if (model.getSelectedItems().equals(wanted)) {
            return;
        }
        syncingSelection = true;
        try {
            for (TreeItem<Instance> item : wanted) {
                for (TreeItem<Instance> p = item.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
            }
            model.clearSelection();
            for (TreeItem<Instance> item : wanted) {
                model.select(item);
            }
            if (!wanted.isEmpty()) {
                tree.getFocusModel().focus(tree.getRow(wanted.get(0)));
                tree.scrollTo(tree.getRow(wanted.get(0)));
            }
        } finally {
            syncingSelection = false;
        }
    }

    private void treeSelectionChanged() {
        if (isRunning() && !syncingSelection) {
            List<Instance> picked = selectedInstances();
            runSelection.set(picked.isEmpty() ? null : picked.get(0));
            return;
        }
        if (syncingSelection || isRunning() || document == null) {
            return;
        }
        syncingSelection = true;
        try {
            document.selection().set(selectedInstances());
        } finally {
            syncingSelection = false;
        }
    }

    private List<Instance> selectedInstances() {
        List<Instance> out = new ArrayList<>();
        for (TreeItem<Instance> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                out.add(item.getValue());
            }
        }
        return out;
    }

    private void keyPressed(KeyEvent e) {
        if (tree.getEditingItem() != null) {
            return;
        }
        if (OPEN.match(e)) {
            selectedInstances().forEach(this::open);
            e.consume();
            return;
        }
        if (isRunning() || editing == null) {
            return;
        }
        Runnable action = editAction(e);
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    private Runnable editAction(KeyEvent e) {
        if (INSERT.match(e)) {
            return this::showInsertObject;
        } else if (RENAME.match(e)) {
            return this::renameSelected;
        } else if (DUPLICATE.match(e)) {
            return () -> run(editing::duplicateSelection);
        } else if (DELETE.match(e)) {
            return () -> run(editing::deleteSelection);
        } else if (CUT.match(e)) {
            return () -> run(editing::cutSelection);
        } else if (COPY.match(e)) {
            return () -> run(editing::copySelection);
        } else if (PASTE_INTO.match(e)) {
            return () -> run(editing::pasteInto);
        } else if (PASTE.match(e)) {
            return () -> run(editing::paste);
        }
        return null;
    }

    /** Starts an inline rename of the selected instance (F2, Edit > Rename). */
    public void renameSelected() {
        List<Instance> selected = selectedInstances();
        if (!selected.isEmpty()) {
            startRename(selected.get(0));
        }
    }

    /** The searchable list of classes to insert under the selection (Ctrl+I, Edit > Insert Object). */
    public void showInsertObject() {
        if (insertDialog == null) {
            insertDialog = new InsertObjectDialog(getScene().getWindow(), className -> {
                run(() -> editing.insert(className));
                tree.requestFocus();
            });
        }
        insertDialog.show();
    }

    /** Shortcuts are not set as accelerators: those would act scene-wide, and Ctrl+C must copy text in the editor. */
    private ContextMenu buildEditMenu() {
        MenuItem insert = item("Insert Object…  (Ctrl+I)", this::showInsertObject);
        MenuItem rename = item("Rename  (F2)", this::renameSelected);
        MenuItem cut = item("Cut  (Ctrl+X)", () -> run(editing::cutSelection));
        MenuItem copy = item("Copy  (Ctrl+C)", () -> run(editing::copySelection));
        MenuItem paste = item("Paste  (Ctrl+V)", () -> run(editing::paste));
        MenuItem pasteInto = item("Paste Into  (Ctrl+Shift+V)", () -> run(editing::pasteInto));
        MenuItem duplicate = item("Duplicate  (Ctrl+D)", () -> run(editing::duplicateSelection));
        MenuItem delete = item("Delete  (Del)", () -> run(editing::deleteSelection));
        ContextMenu menu = new ContextMenu(insert, new SeparatorMenuItem(), rename, cut, copy, paste, pasteInto,
                duplicate, delete);
        menu.setOnShowing(e -> {
            boolean nothingSelected = selectedInstances().isEmpty();
            boolean canPaste = editing != null && editing.canPaste();
            for (MenuItem i : List.of(rename, cut, copy, duplicate, delete)) {
                i.setDisable(nothingSelected);
            }
            paste.setDisable(!canPaste);
            pasteInto.setDisable(!canPaste || nothingSelected);
        });
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Runs an edit; a refusal reaches the user as its sentence, never as a stack trace. */
    private boolean run(Runnable operation) {
        try {
            operation.run();
            return true;
        } catch (RuntimeException e) {
            String message = e.getMessage();
            errorReporter.accept(message == null || message.isBlank() ? "That did not work: " + e.getClass().getSimpleName() : message);
            return false;
        }
    }

    private void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING, message);
        alert.setHeaderText(null);
        alert.setTitle("Explorer");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    private Set<String> expandedFullNames() {
        Set<String> names = new HashSet<>();
        if (documentTree != null) {
            for (Instance instance : documentTree.expandedInstances()) {
                if (instance.IsDescendantOf(document.place())) {
                    names.add(instance.GetFullName());
                }
            }
        }
        return names;
    }

    /** The document's instance at the same path of names as {@code runInstance}, or null. */
    private Instance documentCounterpart(Instance runInstance) {
        if (document == null) {
            return null;
        }
        List<String> path = new ArrayList<>();
        for (Instance i = runInstance; i != null && !(i instanceof DataModel); i = i.getParent()) {
            path.add(0, i.getName());
        }
        Instance found = document.place();
        for (String name : path) {
            found = found == null ? null : found.FindFirstChild(name);
        }
        return found;
    }
}
