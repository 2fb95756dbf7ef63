package pstudio.ui.help;

import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Help window: the list of pages on the left, the chosen page on the right as styled text. One
 * window serves every Help menu item; it stays open beside the studio while you work.
 */
public final class HelpWindow {
    private final Stage stage = new Stage();
    private final ListView<HelpPage> pages = new ListView<>(FXCollections.observableArrayList(HelpPage.values()));
    private final ScrollPane content = new ScrollPane();
    private final Supplier<List<Menu>> menus;

    /** {@code menus}: the studio's menus, whose accelerators the shortcuts page lists. */
    public HelpWindow(Window owner, Supplier<List<Menu>> menus) {
        this.menus = menus;
        content.setFitToWidth(true);
        content.getStyleClass().add("help-content");
        pages.getStyleClass().add("help-pages");
        pages.setPrefWidth(190);
        pages.getSelectionModel().selectedItemProperty().addListener((obs, old, page) -> {
            if (page != null) {
                render(page);
            }
        });
        SplitPane split = new SplitPane(pages, content);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(pages, false);
        split.getStyleClass().add("help-root");
        Scene scene = new Scene(split, 960, 720);
        scene.getStylesheets().add(HelpWindow.class.getResource("help.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Parallelizer Studio Help");
        stage.initOwner(owner);
    }

    /** Shows the window at {@code page}, bringing it to the front if it is open already. */
    public void show(HelpPage page) {
        if (pages.getSelectionModel().getSelectedItem() == page) {
            render(page);
        } else {
            pages.getSelectionModel().select(page);
        }
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void render(HelpPage page) {
        String markdown = switch (page) {
            case SHORTCUTS -> ShortcutsPage.markdown(menus.get(), page.markdown());
            case ABOUT -> AboutPage.markdown();
            default -> page.markdown();
        };
        content.setContent(MarkdownView.render(HelpMarkdown.parse(markdown)));
        content.setVvalue(0);
    }
}
