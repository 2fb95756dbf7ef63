package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pstudio.place.PlaceTemplates;
import pstudio.protocol.EngineLaunch;
import pstudio.ui.document.PlaceDocument;

/** File > Samples: the shipped samples with their descriptions, each opening as an unsaved copy. */
@ExtendWith(ApplicationExtension.class)
class SamplesMenuTest {
    @TempDir
    static Path home;

    private StudioWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowChecks.openStudio(stage, WindowChecks.temporaryEnvironment(home,
                WindowChecks.temporarySettings(home), new ScriptedFileDialogs(), EngineLaunch::likeThisProcess));
    }

    @Test
    void listsNthRootWithItsDescriptionAndOpensItAsAnUnsavedCopy(FxRobot robot) throws Exception {
        waitFor(() -> !window.files().isOpening());
        robot.interact(() -> window.show(new PlaceDocument(PlaceTemplates.newPlace(), null)));
        Menu samples = samplesMenu();
        waitFor(() -> samples.getItems().stream().anyMatch(i -> i.getText().startsWith("nth-root")));

        MenuItem nthRoot = samples.getItems().stream().filter(i -> i.getText().startsWith("nth-root")).findFirst().orElseThrow();
        assertEquals("nth-root  \u2014  The guide's example (parallelizer-getting-started), line by line in Groovy",
                nthRoot.getText());
        List<String> shipped;
        try (var files = Files.list(Path.of("samples"))) {
            shipped = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".place")).sorted().collect(Collectors.toList());
        }
        assertEquals(shipped.size(), samples.getItems().size(), "one item per sample: " + shipped);

        robot.interact(nthRoot::fire);
        waitFor(() -> window.stage().getTitle().equals("nth-root" + StudioWindow.TITLE_SUFFIX));
        PlaceDocument copy = window.documentProperty().get();
        assertNull(copy.file(), "a copy: Save asks where to write it");
        assertFalse(copy.isDirty());
        assertEquals("Master", copy.place().GetService("ServerScriptService").GetChildren().get(0).getName());
    }

    private Menu samplesMenu() {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup(".menu-bar");
        Menu file = bar.getMenus().get(0);
        return (Menu) file.getItems().stream().filter(i -> "Samples".equals(i.getText())).findFirst().orElseThrow();
    }
}
