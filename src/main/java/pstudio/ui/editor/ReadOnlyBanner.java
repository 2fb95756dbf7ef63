package pstudio.ui.editor;

import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** Says over the editor that the script cannot change while the place runs, and flashes when someone types anyway. */
final class ReadOnlyBanner extends Label {
    static final String TEXT = "Read-only while the place runs";
    static final String TYPED_TEXT = "The place is read-only while it runs \u2014 press Stop to edit";
    private static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");

    private final PauseTransition settle = new PauseTransition(Duration.seconds(2));

    ReadOnlyBanner() {
        super(TEXT);
        getStyleClass().add("read-only-banner");
        setMaxWidth(Double.MAX_VALUE);
        show(false);
        settle.setOnFinished(e -> {
            pseudoClassStateChanged(FLASH, false);
            setText(TEXT);
        });
    }

    void show(boolean readOnly) {
        setVisible(readOnly);
        setManaged(readOnly);
        if (!readOnly) {
            settle.stop();
            pseudoClassStateChanged(FLASH, false);
            setText(TEXT);
        }
    }

    /** The user typed: say why nothing happened, for a moment. */
    void flash() {
        setText(TYPED_TEXT);
        pseudoClassStateChanged(FLASH, true);
        settle.playFromStart();
    }
}
