package pstudio.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.place.BigPlace;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.ui.document.PlaceDocument;

/** The Explorer on a place of 100,000 instances, 98,993 of them in one folder. */
@ExtendWith(ApplicationExtension.class)
class ExplorerBigPlaceTest {
    private static final String CLOSED = """
            Workspace
              Parts
            ReplicatedStorage
            ServerScriptService
              Count
            ServerStorage
              Groups""";
    private final DataModel place = BigPlace.build();
    private final PlaceDocument doc = new PlaceDocument(place, null);
    private final Instance parts = place.getWorkspace().FindFirstChild("Parts");
    private ExplorerView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(ExplorerStage.class.getResource("/atlantafx/base/theme/primer-dark.css").toExternalForm());
        view = new ExplorerView();
        view.setDocument(doc);
        stage.setScene(new Scene(view, 320, 600));
        stage.show();
    }

    private TreeView<Instance> tree() {
        return view.treeView();
    }

    private String outline() {
        return ExplorerStage.onFx(() -> {
            StringBuilder rows = new StringBuilder();
            for (int row = 0; row < tree().getExpandedItemCount(); row++) {
                var item = tree().getTreeItem(row);
                rows.append(rows.length() == 0 ? "" : "\n")
                        .append("  ".repeat(tree().getTreeItemLevel(item) - 1)).append(item.getValue().getName());
            }
            return rows.toString();
        });
    }

    private TreeCell<?> cellOf(FxRobot robot, Instance instance) {
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerStage.onFx(() -> {
            tree().layout();
            return null;
        });
        return robot.lookup(n -> n instanceof InstanceCell cell && cell.getItem() == instance && !cell.isEmpty())
                .query();
    }

    private static boolean showsArrow(TreeCell<?> cell) {
        Node arrow = cell.getDisclosureNode();
        return arrow != null && arrow.isVisible() && arrow.getParent() == cell;
    }

    @Test
    void theClosedFolderShowsAnArrowAndOpensToEveryPart(FxRobot robot) {
        assertEquals(CLOSED, outline());
        TreeCell<?> folder = cellOf(robot, parts);
        assertTrue(showsArrow(folder));

        robot.clickOn(folder.getDisclosureNode());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(CLOSED.lines().count() + BigPlace.PARTS, (long) ExplorerStage.onFx(() -> tree().getExpandedItemCount()));
        String last = "Part" + BigPlace.PARTS;
        assertEquals(last, ExplorerStage.onFx(() -> tree().getTreeItem(BigPlace.PARTS + 1).getValue().getName()));
        ExplorerStage.onFx(() -> {
            tree().scrollTo(BigPlace.PARTS + 1);
            return null;
        });
        assertEquals(last, cellOf(robot, parts.FindFirstChild(last)).getText());
    }

    @Test
    void selectingAPartInTheClosedFolderOpensItAtThatRow(FxRobot robot) {
        Instance part = parts.FindFirstChild("Part50000");

        ExplorerStage.onFx(() -> {
            doc.selection().select(part);
            return null;
        });

        assertEquals("Part50000", cellOf(robot, part).getText());
        assertEquals(part, ExplorerStage.onFx(() -> tree().getSelectionModel().getSelectedItem().getValue()));
    }

    @Test
    void aFilterFindsOnePartAndClearingItClosesTheFolderAgain(FxRobot robot) {
        ExplorerStage.onFx(() -> {
            view.focusFilter();
            return null;
        });
        robot.write("Part9999");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Workspace\n  Parts\n    Part9999", outline());

        ExplorerStage.onFx(() -> {
            view.focusFilter();
            return null;
        });
        robot.eraseText(8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CLOSED, outline());
    }

    @Test
    void aClosedFolderGetsItsArrowWhenItsFirstChildArrives(FxRobot robot) {
        Instance empty = ExplorerStage.onFx(() -> ExplorerStage.add(place.GetService("ServerStorage"), "Folder", "Empty"));
        assertFalse(showsArrow(cellOf(robot, empty)));

        ExplorerStage.onFx(() -> ExplorerStage.add(empty, "Folder", "Inside"));

        assertTrue(showsArrow(cellOf(robot, empty)));
        assertEquals(CLOSED + "\n  Empty", outline());
    }
}
