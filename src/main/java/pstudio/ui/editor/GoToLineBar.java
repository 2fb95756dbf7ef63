package pstudio.ui.editor;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

/** The Ctrl+G strip: type a line number, Enter goes there (clamped to the script); Esc (see ScriptEditor) cancels. */
final class GoToLineBar extends HBox {
    private final CodeArea area;
    private final TextField field = new TextField();
    private final Label hint = new Label();

    GoToLineBar(CodeArea area, IntConsumer goToLine) {
        super(6);
        this.area = area;
        getStyleClass().add("go-to-line-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.getStyleClass().add("go-to-line-field");
        field.setPrefColumnCount(8);
        hint.getStyleClass().add("go-to-line-hint");
        getChildren().addAll(new Label("Go to line"), field, hint);
        setShowing(false);
        field.setOnAction(e -> {
            Integer line = parse(field.getText());
            if (line == null) {
                hint.setText("Type a line number, 1 to " + area.getParagraphs().size());
                return;
            }
            close();
            goToLine.accept(line);
        });
    }

    void open() {
        field.setText(String.valueOf(area.getCurrentParagraph() + 1));
        hint.setText("1 to " + area.getParagraphs().size());
        setShowing(true);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        setShowing(false);
        area.requestFocus();
    }

    boolean isOpen() {
        return isVisible();
    }

    private static Integer parse(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void setShowing(boolean showing) {
        setVisible(showing);
        setManaged(showing);
    }
}
