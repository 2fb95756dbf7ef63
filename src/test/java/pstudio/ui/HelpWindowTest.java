package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.ui.WindowChecks.waitFor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pstudio.protocol.EngineLaunch;

/** The Help menu: the guide in Groovy on F1, the shortcuts the menus really have, About's versions. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {
    @TempDir
    static Path home;

    private StudioWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowChecks.openStudio(stage, WindowChecks.temporaryEnvironment(home,
                WindowChecks.temporarySettings(home), new ScriptedFileDialogs(), EngineLaunch::likeThisProcess));
    }

    @BeforeEach
    void waitForTheFirstPlace() throws Exception {
        waitFor(() -> !window.files().isOpening());
    }

    @AfterEach
    void closeHelp(FxRobot robot) {
        robot.interact(() -> helpStage().ifPresent(Stage::hide));
    }

    @Test
    void f1OpensTheGuideWithItsExamplesInGroovy(FxRobot robot) throws Exception {
        robot.clickOn(window.stage().getScene().getRoot());
        robot.push(KeyCode.F1);
        waitFor(() -> helpStage().isPresent());

        List<String> code = codeBlocks();
        assertTrue(code.stream().anyMatch(c -> c.contains("def JobScheduler = Parallelizer.CreateJobScheduler(script.Job, 64, script)")), code.toString());
        assertTrue(code.stream().anyMatch(c -> c.contains("Parallelizer.CreateThread(Actor, 'CalculateNthRoot') { id, inst ->")), code.toString());
        assertFalse(code.stream().anyMatch(c -> c.contains("local ")), "no Luau left: " + code);
        assertTrue(texts().contains("Getting started with the Parallelizer"), texts());
    }

    @Test
    void aCodeBlocksCopyButtonPutsItsTextOnTheClipboard(FxRobot robot) throws Exception {
        open(robot, "Parallelizer Guide");
        TextArea first = robot.from(helpRoot()).lookup(".help-code").queryAs(TextArea.class);
        Node copy = robot.from(first.getParent()).lookup(".help-copy").query();
        robot.clickOn(copy);

        assertEquals(first.getText(), WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
        assertEquals("def Parallelizer = require(game.ReplicatedStorage.Parallelizer)", first.getText());
    }

    @Test
    void theShortcutsPageListsEveryAcceleratorOfTheMenus(FxRobot robot) throws Exception {
        open(robot, "Keyboard Shortcuts");

        String page = texts();
        List<String> accelerators = new ArrayList<>();
        for (Menu menu : menuBar().getMenus()) {
            collect(menu.getText(), menu, accelerators);
        }
        assertTrue(accelerators.size() >= 15, accelerators.toString());
        for (String entry : accelerators) {
            assertTrue(page.contains(entry), entry + " missing from:\n" + page);
        }
        assertTrue(page.contains("F8\nRun > Run"), page);
        assertTrue(page.contains("F1\nHelp > Parallelizer Guide"), page);
    }

    @Test
    void aboutShowsTheJavaJavaFxAndGroovyVersions(FxRobot robot) throws Exception {
        open(robot, "About Parallelizer Studio");

        String page = texts();
        assertTrue(page.contains("Java\n" + Runtime.version()), page);
        assertTrue(page.contains("JavaFX\n" + System.getProperty("javafx.runtime.version")), page);
        assertTrue(page.contains("Groovy\n" + groovy.lang.GroovySystem.getVersion()), page);
        assertTrue(page.contains("Version 0."), page);
    }

    @Test
    void pagesReadInBothThemes(FxRobot robot) throws Exception {
        robot.interact(() -> window.setTheme(Theme.LIGHT));
        open(robot, "Differences from Luau");
        assertTrue(brightness(heading()) < 0.4, "dark text on light: " + heading().getFill());

        robot.interact(() -> window.setTheme(Theme.DARK));
        waitFor(() -> brightness(heading()) > 0.6);
    }

    private Text heading() {
        return (Text) helpRoot().lookup(".help-h1 .help-text");
    }

    private static double brightness(Text text) {
        return ((Color) text.getFill()).getBrightness();
    }

    private void open(FxRobot robot, String item) throws Exception {
        MenuItem help = menuBar().getMenus().stream().filter(m -> m.getText().equals("Help")).findFirst().orElseThrow()
                .getItems().stream().filter(i -> item.equals(i.getText())).findFirst().orElseThrow();
        robot.interact(help::fire);
        waitFor(() -> helpStage().isPresent());
    }

    private static void collect(String path, Menu menu, List<String> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(path + " > " + sub.getText(), sub, into);
            } else if (item.getAccelerator() != null) {
                into.add(item.getAccelerator().getDisplayText() + "\n" + path + " > " + item.getText());
            }
        }
    }

    private MenuBar menuBar() {
        return (MenuBar) window.stage().getScene().lookup(".menu-bar");
    }

    private static Optional<Stage> helpStage() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Parallelizer Studio Help".equals(s.getTitle())
                && s.isShowing()).map(Stage.class::cast).findFirst();
    }

    private static javafx.scene.Parent helpRoot() {
        return helpStage().orElseThrow().getScene().getRoot();
    }

    /** The page's text as a user reads it: the text of each line of text, cells run together. */
    private static String texts() {
        return helpRoot().lookupAll(".help-flow").stream()
                .map(f -> ((javafx.scene.text.TextFlow) f).getChildren().stream().filter(Text.class::isInstance)
                        .map(t -> ((Text) t).getText()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static List<String> codeBlocks() {
        return helpRoot().lookupAll(".help-code").stream().map(n -> ((TextArea) n).getText()).collect(Collectors.toList());
    }
}
