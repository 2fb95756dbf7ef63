package pstudio.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.InstanceClass;
import pstudio.place.PlaceTemplates;
import pstudio.ui.document.PlaceDocument;

/**
 * A window with an Explorer on the new-place template plus Workspace.Folder{A,B,C}, and what the
 * tests need to look at it the way a user does: the visible rows, and the row of an instance.
 */
final class ExplorerStage {
    final DataModel place = PlaceTemplates.newPlace();
    final PlaceDocument doc = new PlaceDocument(place, null);
    final ExplorerView view = new ExplorerView();
    final Instance workspace = place.GetService("Workspace");
    final Instance sss = place.GetService("ServerScriptService");
    final Instance folder = add(workspace, "Folder", "Folder");
    final Instance a = add(folder, "Folder", "A");
    final Instance b = add(folder, "Folder", "B");
    final Instance c = add(folder, "Folder", "C");
    final Instance master = sss.FindFirstChild("Master");
    final Instance job = master.FindFirstChild("Job");

    static ExplorerStage show(Stage stage) {
        // the studio's theme, whose colours the Explorer's filter field is styled with
        Application.setUserAgentStylesheet(ExplorerStage.class.getResource("/atlantafx/base/theme/primer-dark.css").toExternalForm());
        ExplorerStage s = new ExplorerStage();
        s.view.setDocument(s.doc);
        stage.setScene(new Scene(s.view, 320, 600));
        stage.show();
        s.tree().requestFocus();
        return s;
    }

    static Instance add(Instance parent, String className, String name) {
        Instance i = InstanceClass.of(className).create();
        i.setName(name);
        i.setParent(parent);
        return i;
    }

    TreeView<Instance> tree() {
        return view.treeView();
    }

    /** The visible rows, one per line, indented two spaces per level: what the user sees. */
    String outline() {
        return onFx(() -> {
            List<String> rows = new ArrayList<>();
            TreeView<Instance> t = tree();
            for (int row = 0; row < t.getExpandedItemCount(); row++) {
                TreeItem<Instance> item = t.getTreeItem(row);
                rows.add("  ".repeat(t.getTreeItemLevel(item) - 1) + item.getValue().getName());
            }
            return String.join("\n", rows);
        });
    }

    /** The first {@code count} visible rows, each ending in a line break. */
    String firstRows(int count) {
        return outline().lines().limit(count).map(row -> row + "\n").reduce("", String::concat);
    }

    /** The names of the rows selected in the tree. */
    List<String> selectedRows() {
        return onFx(() -> tree().getSelectionModel().getSelectedItems().stream()
                .map(i -> i.getValue().getName()).toList());
    }

    void expand(Instance... instances) {
        onFx(() -> {
            for (Instance i : instances) {
                TreeItem<Instance> item = findItem(tree().getRoot(), i);
                item.setExpanded(true);
            }
            return null;
        });
    }

    void select(Instance instance) {
        onFx(() -> {
            doc.selection().select(instance);
            return null;
        });
    }

    private static TreeItem<Instance> findItem(TreeItem<Instance> from, Instance wanted) {
        if (from.getValue() == wanted) {
            return from;
        }
        for (TreeItem<Instance> child : from.getChildren()) {
            TreeItem<Instance> found = findItem(child, wanted);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The on-screen row showing {@code instance}. */
    Node cellOf(FxRobot robot, Instance instance) {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            tree().layout();
            return null;
        });
        return robot.lookup(n -> n instanceof InstanceCell cell && cell.getItem() == instance && !cell.isEmpty())
                .query();
    }

    static <T> T onFx(Callable<T> callable) {
        try {
            return WaitForAsyncUtils.asyncFx(callable).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}
