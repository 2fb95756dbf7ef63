package pstudio.ui.help;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws parsed help Markdown as styled JavaFX text. Code blocks are read-only text areas, so their
 * text can be selected and copied, with a Copy button for the whole block. Colours come from the
 * theme's looked-up colours (help.css), so a page reads well in both themes.
 */
final class MarkdownView {
    private MarkdownView() {
    }

    static VBox render(List<HelpMarkdown.Block> blocks) {
        VBox page = new VBox();
        page.getStyleClass().add("help-page");
        for (HelpMarkdown.Block block : blocks) {
            page.getChildren().add(node(block));
        }
        return page;
    }

    private static Node node(HelpMarkdown.Block block) {
        if (block instanceof HelpMarkdown.Heading h) {
            TextFlow flow = flow(h.text());
            flow.getStyleClass().add("help-h" + h.level());
            return flow;
        }
        if (block instanceof HelpMarkdown.Paragraph p) {
            return flow(p.text());
        }
        if (block instanceof HelpMarkdown.Note n) {
            TextFlow flow = flow(n.text());
            flow.getStyleClass().add("help-note");
            return flow;
        }
        if (block instanceof HelpMarkdown.Bullets b) {
            VBox list = new VBox();
            list.getStyleClass().add("help-list");
            for (String item : b.items()) {
                Text bullet = new Text("\u2022");
                bullet.getStyleClass().add("help-text");
                TextFlow text = flow(item);
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox row = new HBox(8, bullet, text);
                list.getChildren().add(row);
            }
            return list;
        }
        if (block instanceof HelpMarkdown.Code c) {
            return codeBlock(c.text());
        }
        return table((HelpMarkdown.Table) block);
    }

    static TextFlow flow(String markdown) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("help-flow");
        for (HelpMarkdown.Span span : HelpMarkdown.inline(markdown)) {
            Text text = new Text(span.text());
            text.getStyleClass().add("help-text");
            switch (span.style()) {
                case BOLD -> text.getStyleClass().add("help-bold");
                case ITALIC -> text.getStyleClass().add("help-italic");
                case CODE -> text.getStyleClass().add("help-inline-code");
                default -> {
                }
            }
            flow.getChildren().add(text);
        }
        return flow;
    }

    private static Node codeBlock(String code) {
        TextArea area = new TextArea(code);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(code.split("\n", -1).length);
        area.getStyleClass().add("help-code");
        // the page scrolls, not the block: tall enough for every line, plus room for a scroll bar
        area.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button copy = new Button("Copy");
        copy.getStyleClass().add("help-copy");
        copy.setFocusTraversable(false);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(code);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copy.setText("Copied");
        });
        StackPane block = new StackPane(area, copy);
        StackPane.setAlignment(copy, Pos.TOP_RIGHT);
        block.getStyleClass().add("help-code-block");
        return block;
    }

    private static Node table(HelpMarkdown.Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("help-table");
        int columns = table.header().size();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHgrow(c == columns - 1 ? Priority.ALWAYS : Priority.SOMETIMES);
            grid.getColumnConstraints().add(constraints);
            TextFlow head = flow(table.header().get(c));
            head.getStyleClass().add("help-table-head");
            grid.add(head, c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                TextFlow cell = flow(c < row.size() ? row.get(c) : "");
                cell.getStyleClass().add("help-table-cell");
                grid.add(cell, c, r + 1);
            }
        }
        return grid;
    }
}
