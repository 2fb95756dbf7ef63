package pstudio.ui;

import java.net.URL;
import javafx.application.Application;
import javafx.scene.Parent;

/**
 * The studio's look: AtlantaFX's Primer themes, dark by default as Roblox Studio is. AtlantaFX 2.1's
 * classes are Java 21 bytecode, so the stylesheets are taken from its jar directly. Panels style
 * themselves with the theme's looked-up colours; the {@code studio-light} class on the root lets them
 * adjust what the theme does not cover (syntax colours).
 */
enum Theme {
    DARK("primer-dark.css"),
    LIGHT("primer-light.css");

    static final String LIGHT_STYLE_CLASS = "studio-light";

    private final String userAgentStylesheet;

    Theme(String atlantaStylesheet) {
        URL css = Theme.class.getResource("/atlantafx/base/theme/" + atlantaStylesheet);
        this.userAgentStylesheet = css == null ? null : css.toExternalForm();
    }

    static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return DARK;
    }

    void apply(Parent root) {
        Application.setUserAgentStylesheet(userAgentStylesheet);
        root.getStyleClass().remove(LIGHT_STYLE_CLASS);
        if (this == LIGHT) {
            root.getStyleClass().add(LIGHT_STYLE_CLASS);
        }
    }
}
