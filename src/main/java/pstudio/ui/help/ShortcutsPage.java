package pstudio.ui.help;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * Help > Keyboard Shortcuts: the menus' own accelerators, read from the menu bar each time the page
 * opens (so the page cannot go stale), then the page's Markdown for the keys of the panels.
 */
final class ShortcutsPage {
    private ShortcutsPage() {
    }

    static String markdown(List<Menu> menus, String panelKeys) {
        StringBuilder page = new StringBuilder("# Keyboard Shortcuts\n\n## Menus\n\n| key | menu item |\n| --- | --- |\n");
        for (Menu menu : menus) {
            rows(page, menu.getText(), menu.getItems());
        }
        return page.append('\n').append(panelKeys).toString();
    }

    private static void rows(StringBuilder page, String path, List<MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            String name = path + " > " + item.getText();
            if (item instanceof Menu sub) {
                rows(page, name, sub.getItems());
            } else if (item.getAccelerator() != null) {
                page.append("| **").append(item.getAccelerator().getDisplayText()).append("** | ")
                        .append(name).append(" |\n");
            }
        }
    }
}
