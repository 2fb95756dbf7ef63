package pstudio.ui.help;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/** The Help menu: one item per help page (F1 the guide); the Help window is made when first asked for. */
public final class HelpMenu {
    private final Window owner;
    private final MenuBar menuBar;
    private HelpWindow window;

    private HelpMenu(Window owner, MenuBar menuBar) {
        this.owner = owner;
        this.menuBar = menuBar;
    }

    /** The Help menu for {@code menuBar}, whose menus the shortcuts page reads. */
    public static Menu create(Window owner, MenuBar menuBar) {
        HelpMenu help = new HelpMenu(owner, menuBar);
        MenuItem guide = help.item(HelpPage.GUIDE);
        guide.setAccelerator(KeyCombination.keyCombination("F1"));
        return new Menu("Help", null, guide, help.item(HelpPage.API), help.item(HelpPage.SHORTCUTS),
                help.item(HelpPage.LUAU), new SeparatorMenuItem(), help.item(HelpPage.ABOUT));
    }

    private MenuItem item(HelpPage page) {
        MenuItem item = new MenuItem(page == HelpPage.ABOUT ? "About Parallelizer Studio" : page.title());
        item.setOnAction(e -> open(page));
        return item;
    }

    private void open(HelpPage page) {
        if (window == null) {
            window = new HelpWindow(owner, menuBar::getMenus);
        }
        window.show(page);
    }
}
