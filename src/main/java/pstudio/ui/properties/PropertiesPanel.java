package pstudio.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.beans.value.ChangeListener;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.InstanceException;
import pstudio.place.PropertyInfo;
import pstudio.place.TreeListener;
import pstudio.ui.document.PlaceDocument;
import pstudio.ui.document.SetAttributeCommand;
import pstudio.ui.document.SetPropertyCommand;
import pstudio.ui.fx.CoalescedFxUpdate;
import pstudio.ui.theme.ThemedControls;

/**
 * The Properties panel: the primary selected instance's Name, ClassName, full name and the other
 * properties of its class (Source is edited in the script editor). Edits are undoable commands;
 * a refused value is explained under the sheet and nothing is stored. Under them, its attributes
 * (see {@link AttributesSection}).
 */
public class PropertiesPanel extends BorderPane {
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            InstanceClass.NAME, "What the instance is called; scripts find it by this name",
            InstanceClass.DISABLED, "A disabled script does not run when the place runs");

    private final Label header = new Label();
    private final PropertySheet sheet = new PropertySheet();
    private final Label placeholder = new Label("Select an instance to see its properties");
    private final StackPane body = new StackPane(sheet, placeholder);
    private final Label message = new Label();
    private final List<PropertyRow> rows = new ArrayList<>();
    private final CoalescedFxUpdate refresh = new CoalescedFxUpdate(() -> {
        rows.forEach(PropertyRow::refresh);
        updateHeader();
    });
    private final ListChangeListener<Instance> selectionListener = change -> {
        if (!this.runInstance) {
            showPrimary();
        }
    };
    private final TreeListener placeListener = new TreeListener() {
        @Override
        public void childAdded(Instance parent, Instance child) {
            scheduleRefresh();
        }

        @Override
        public void childRemoved(Instance parent, Instance child) {
            scheduleRefresh();
        }

        @Override
        public void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
            scheduleRefresh();
        }
    };
    private final InstancePropertyRow.Edits edits = new InstancePropertyRow.Edits() {
        @Override
        public void apply(Instance instance, String property, Object value) {
            applyEdit(instance, property, value);
        }

        @Override
        public void refuse(String sentence) {
            showRefusal(sentence);
        }
    };
    private final AttributesSection attributes = new AttributesSection(new AttributeRow.Edits() {
        @Override
        public void apply(Instance instance, String attribute, Object value) {
            applyAttribute(instance, attribute, value);
        }

        @Override
        public void refuse(String sentence) {
            showRefusal(sentence);
        }
    });
    /** Attributes do not announce their changes to tree listeners; an edit, undo or redo shows here through this. */
    private final ChangeListener<Number> commandListener = (o, was, now) -> attributes.rebuild();
    /**
     * A run instance is live: the run's tree changes reach its copy in bursts, each frame. Its rows
     * are read again once per frame, and only in a frame after something that shows here changed.
     */
    private volatile boolean runInstanceChanged;
    private final AnimationTimer runRefresh = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (runInstanceChanged) {
                runInstanceChanged = false;
                rows.forEach(PropertyRow::refresh);
                attributes.rebuild();
                updateHeader();
            }
        }
    };
    private final TreeListener runListener = new TreeListener() {
        @Override
        public void childAdded(Instance parent, Instance child) {
            noteRunChange(child);
        }

        @Override
        public void childRemoved(Instance parent, Instance child) {
            noteRunChange(child);
        }

        @Override
        public void propertyChanged(Instance instance, String property, Object oldValue, Object newValue) {
            noteRunChange(instance);
        }
    };
    private Instance runRoot;
    private PlaceDocument document;
    private Instance shown;
    private boolean editable = true;
    private boolean runInstance;

    public PropertiesPanel() {
        getStyleClass().add("properties-panel");
        ThemedControls.applyTo(this);
        getStylesheets().add(PropertiesPanel.class.getResource("properties.css").toExternalForm());
        header.getStyleClass().add("properties-header");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setWrapText(true); // its end says what the sheet is ("running, read-only"): never cut it off
        header.setMinHeight(Region.USE_PREF_SIZE);
        placeholder.getStyleClass().add("properties-placeholder");
        placeholder.setWrapText(true);
        message.getStyleClass().add("properties-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(PropertyEditors::forItem);
        setTop(header);
        VBox.setVgrow(body, Priority.ALWAYS);
        setCenter(new VBox(body, attributes));
        setBottom(message);
        showInstance(null);
    }

    /** Follows the document's primary selection; null shows nothing. */
    public void setDocument(PlaceDocument doc) {
        if (document != null) {
            document.selection().items().removeListener(selectionListener);
            document.place().removeTreeListener(placeListener);
            document.commands().changesProperty().removeListener(commandListener);
        }
        document = doc;
        if (doc != null) {
            doc.selection().items().addListener(selectionListener);
            doc.place().addTreeListener(placeListener);
            doc.commands().changesProperty().addListener(commandListener);
        }
        showPrimary();
    }

    /** False while a run is going: the values stay readable but cannot be changed. */
    public void setEditable(boolean editable) {
        if (this.editable != editable) {
            this.editable = editable;
            buildRows();
        }
    }

    /**
     * Shows an instance of the running place, read-only (the run's own copy, not the document's);
     * null goes back to the document's selection.
     */
    public void showRunInstance(Instance instance) {
        runInstance = instance != null;
        followRunTree(instance);
        if (instance == null) {
            showPrimary();
        } else {
            clearMessage();
            showInstance(instance);
        }
    }

    /** Listens to the run tree {@code instance} is in (a rename above it changes its full name), or to none. */
    private void followRunTree(Instance instance) {
        Instance root = instance;
        while (root != null && root.getParent() != null) {
            root = root.getParent();
        }
        if (root != runRoot) {
            if (runRoot != null) {
                runRoot.removeTreeListener(runListener);
            }
            runRoot = root;
            if (root != null) {
                root.addTreeListener(runListener);
            }
        }
        if (root == null) {
            runRefresh.stop();
        } else {
            runRefresh.start();
        }
    }

    /** A change to the shown run instance or to one of its ancestors (its full name) is worth a refresh. */
    private void noteRunChange(Instance changed) {
        Instance at = shown;
        if (runInstance && at != null && (at == changed || at.IsDescendantOf(changed))) {
            runInstanceChanged = true;
        }
    }

    private void showPrimary() {
        clearMessage();
        showInstance(document == null ? null : document.selection().primary());
    }

    private void showInstance(Instance instance) {
        if (instance != shown || instance == null) {
            shown = instance;
            buildRows();
        }
        updateHeader();
    }

    private void buildRows() {
        rows.clear();
        if (shown != null) {
            Instance instance = shown;
            rows.add(row(instance, instance.instanceClass().property(InstanceClass.NAME)));
            rows.add(new ReadOnlyRow("ClassName", "ClassName", "The kind of instance; it cannot change",
                    instance::getClassName));
            rows.add(new ReadOnlyRow("FullName", "Full name", "The path scripts and messages use to name it",
                    instance::GetFullName));
            for (PropertyInfo info : instance.instanceClass().properties()) {
                if (!info.name().equals(InstanceClass.NAME) && !info.name().equals(InstanceClass.SOURCE)) {
                    rows.add(row(instance, info));
                }
            }
        }
        sheet.getItems().setAll(rows);
        attributes.show(shown, editable && !runInstance);
        sheet.setVisible(shown != null);
        placeholder.setVisible(shown == null);
    }

    private InstancePropertyRow row(Instance instance, PropertyInfo info) {
        return new InstancePropertyRow(instance, info, DESCRIPTIONS.get(info.name()), editable, edits);
    }

    private void updateHeader() {
        if (shown == null) {
            header.setText("Properties");
            return;
        }
        int selected = document == null || runInstance ? 1 : document.selection().items().size();
        String text = shown.getClassName() + " \u2014 " + shown.getName() + (runInstance ? "  (running, read-only)" : "");
        header.setText(selected > 1 ? text + "  (" + selected + " selected, showing the first)" : text);
    }

    /** Place listeners may run on any thread and in bursts: one refresh per burst, on the FX thread. */
    private void scheduleRefresh() {
        refresh.request();
    }

    private void applyEdit(Instance instance, String property, Object value) {
        try {
            SetPropertyCommand command = new SetPropertyCommand(instance, property, value);
            if (command.changesAnything()) {
                document.execute(command);
            }
            clearMessage();
            updateHeader();
        } catch (InstanceException | IllegalArgumentException e) {
            showRefusal(e.getMessage());
        }
    }

    private void applyAttribute(Instance instance, String attribute, Object value) {
        try {
            SetAttributeCommand command = new SetAttributeCommand(instance, attribute, value);
            if (command.changesAnything()) {
                document.execute(command);
            }
            clearMessage();
        } catch (InstanceException | IllegalArgumentException e) {
            showRefusal(e.getMessage());
        }
    }

    private void showRefusal(String sentence) {
        message.setText(sentence);
        message.setVisible(true);
        message.setManaged(true);
    }

    private void clearMessage() {
        message.setText("");
        message.setVisible(false);
        message.setManaged(false);
    }
}
