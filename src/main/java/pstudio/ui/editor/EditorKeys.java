package pstudio.ui.editor;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;
import static org.fxmisc.wellbehaved.event.EventPattern.keyTyped;
import static org.fxmisc.wellbehaved.event.InputMap.consumeWhen;
import static org.fxmisc.wellbehaved.event.InputMap.sequence;

import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The editing keys a code editor needs on top of a plain text area: Enter with auto-indent, Tab and
 * Shift+Tab (on the caret's line or every selected line), and a closing brace that steps back a level.
 * Indenting or unindenting a block of lines is one undo step of its own.
 */
final class EditorKeys {
    private final CodeArea area;

    private EditorKeys(CodeArea area) {
        this.area = area;
    }

    static void install(CodeArea area) {
        EditorKeys keys = new EditorKeys(area);
        // Added input maps take precedence over the area's own key handling.
        Nodes.addInputMap(area, sequence(
                consumeWhen(keyPressed(KeyCode.ENTER), area::isEditable, e -> keys.enter()),
                consumeWhen(keyPressed(KeyCode.ENTER, KeyCombination.SHIFT_DOWN), area::isEditable, e -> keys.enter()),
                consumeWhen(keyPressed(KeyCode.TAB), area::isEditable, e -> keys.indent()),
                consumeWhen(keyPressed(KeyCode.TAB, KeyCombination.SHIFT_DOWN), area::isEditable, e -> keys.unindent()),
                consumeWhen(keyTyped("}", KeyCombination.SHIFT_ANY), () -> area.isEditable() && keys.dedentsBrace(),
                        e -> keys.closeBrace())));
    }

    private void enter() {
        IndexRange selection = area.getSelection();
        Position at = area.offsetToPosition(selection.getStart(), Bias.Forward);
        String line = area.getParagraph(at.getMajor()).getText();
        AutoIndent.Insertion insertion = AutoIndent.newline(line, at.getMinor());
        area.replaceText(selection.getStart(), selection.getEnd(), insertion.text());
        area.moveTo(selection.getStart() + insertion.caretOffset());
        area.requestFollowCaret();
    }

    private void indent() {
        IndexRange selection = area.getSelection();
        int first = paragraphOf(selection.getStart());
        int last = lastSelectedParagraph(selection);
        if (first == last) {
            area.replaceSelection(AutoIndent.UNIT);
            return;
        }
        StringBuilder block = new StringBuilder();
        for (int p = first; p <= last; p++) {
            block.append(AutoIndent.UNIT).append(area.getParagraph(p).getText()).append(p < last ? "\n" : "");
        }
        replaceLines(first, last, block.toString());
    }

    private void unindent() {
        IndexRange selection = area.getSelection();
        int first = paragraphOf(selection.getStart());
        int last = lastSelectedParagraph(selection);
        int caretParagraph = area.getCurrentParagraph();
        int caretColumn = area.getCaretColumn();
        int removedOnCaretLine = 0;
        StringBuilder block = new StringBuilder();
        for (int p = first; p <= last; p++) {
            String text = area.getParagraph(p).getText();
            int width = AutoIndent.unindentWidth(text);
            if (p == caretParagraph) {
                removedOnCaretLine = width;
            }
            block.append(text.substring(width)).append(p < last ? "\n" : "");
        }
        boolean hadSelection = selection.getLength() > 0;
        replaceLines(first, last, block.toString());
        if (!hadSelection) {
            area.moveTo(caretParagraph, Math.max(0, caretColumn - removedOnCaretLine));
        }
    }

    /** Replaces whole paragraphs {@code first..last} and selects them, so Tab can be pressed again. */
    private void replaceLines(int first, int last, String block) {
        int start = area.getAbsolutePosition(first, 0);
        int end = area.getAbsolutePosition(last, area.getParagraphLength(last));
        // Its own undo step: not merged with the typing before or after it.
        area.getUndoManager().preventMerge();
        area.replaceText(start, end, block);
        area.getUndoManager().preventMerge();
        area.selectRange(start, start + block.length());
    }

    private boolean dedentsBrace() {
        return area.getSelection().getLength() == 0 && AutoIndent.dedentsClosingBrace(textBeforeCaret());
    }

    private void closeBrace() {
        String before = textBeforeCaret();
        int lineStart = area.getCaretPosition() - before.length();
        area.replaceText(lineStart, area.getCaretPosition(), before.substring(AutoIndent.unindentWidth(before)) + "}");
    }

    private String textBeforeCaret() {
        return area.getParagraph(area.getCurrentParagraph()).getText().substring(0, area.getCaretColumn());
    }

    private int paragraphOf(int offset) {
        return area.offsetToPosition(offset, Bias.Forward).getMajor();
    }

    /** A selection ending at the very start of a line does not include that line. */
    private int lastSelectedParagraph(IndexRange selection) {
        Position end = area.offsetToPosition(selection.getEnd(), Bias.Forward);
        int last = end.getMajor();
        if (selection.getLength() > 0 && end.getMinor() == 0 && last > paragraphOf(selection.getStart())) {
            last--;
        }
        return last;
    }
}
