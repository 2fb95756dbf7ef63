package pstudio.ui.fx;

import javafx.scene.Node;

/** Whether a panel is on screen: in a showing window, and it and every ancestor visible (a TabPane hides unselected tabs' content). */
public final class PanelVisibility {
    private PanelVisibility() {
    }

    public static boolean isShown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
