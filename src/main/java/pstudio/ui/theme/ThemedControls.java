package pstudio.ui.theme;

import javafx.scene.Parent;

/**
 * ControlsFX's controls (filter fields, the property sheet) are styled with Modena's colour names,
 * which AtlantaFX does not define. A panel that holds them calls {@link #applyTo} so that they take
 * the theme's colours, also when the panel is shown on its own (as in its tests).
 */
public final class ThemedControls {
    private static final String STYLE_CLASS = "themed-controls";

    private ThemedControls() {
    }

    /** {@code panel} may be a whole panel or a single ControlsFX field. */
    public static void applyTo(Parent panel) {
        panel.getStyleClass().add(STYLE_CLASS);
        panel.getStylesheets().add(ThemedControls.class.getResource("themed-controls.css").toExternalForm());
    }
}
