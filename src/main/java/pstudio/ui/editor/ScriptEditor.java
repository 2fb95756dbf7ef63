package pstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import pstudio.engine.CompileProblem;
import pstudio.ui.editor.ProblemRanges.Range;

/**
 * The code editor for one script: a RichTextFX CodeArea with Groovy colouring, line numbers,
 * compile problems as you type, auto-indent, bracket matching, zoom, find/replace and go-to-line.
 * The shell owns the script's place model; this only holds text, and reports it via {@link #textProperty()}.
 */
public class ScriptEditor extends BorderPane {
    public static final double DEFAULT_FONT_SIZE = 13;
    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");
    public static final double MIN_FONT_SIZE = 8;
    public static final double MAX_FONT_SIZE = 40;
    private static final List<String> MONOSPACE_FAMILIES = List.of("JetBrains Mono", "DejaVu Sans Mono", "Monospaced");

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination GO_TO_LINE = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    private static final Set<KeyCode> ZOOM_IN_KEYS = Set.of(KeyCode.PLUS, KeyCode.EQUALS, KeyCode.ADD);
    private static final Set<KeyCode> ZOOM_OUT_KEYS = Set.of(KeyCode.MINUS, KeyCode.SUBTRACT);
    private static final Set<KeyCode> ZOOM_RESET_KEYS = Set.of(KeyCode.DIGIT0, KeyCode.NUMPAD0);

    private final String scriptFullName;
    private final CodeArea area = new CodeArea();
    private final ExecutorService highlightWorker;
    private final ExecutorService compileWorker;
    private final StyleLayers styles;
    private final Gutter gutter;
    private final AsyncHighlighting highlighting;
    private final CompileCheck compileCheck;
    private final CurrentLineHighlight currentLine;
    private final FindReplaceBar findBar;
    private final GoToLineBar goToLineBar;
    private final BracketHighlight brackets;
    private final ObservableList<CompileProblem> problems = FXCollections.observableArrayList();
    // One wrapper for everyone: a wrapper listens weakly to the list, so a fresh one per call could be collected with its listeners.
    private final ObservableList<CompileProblem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", DEFAULT_FONT_SIZE);
    private final String fontFamily;
    private final ReadOnlyBanner readOnlyBanner = new ReadOnlyBanner();
    private final Label problemStrip = new Label();

    public ScriptEditor(String scriptFullName, String text) {
        this.scriptFullName = scriptFullName;
        getStyleClass().add("script-editor");
        getStylesheets().add(ScriptEditor.class.getResource("editor.css").toExternalForm());

        area.getStyleClass().add("script-code");
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        // Typed text starts unstyled rather than inheriting a neighbour's underline or bracket mark.
        area.setUseInitialStyleForInsertion(true);
        fontFamily = availableMonospace();
        fontSize.addListener((obs, old, now) -> applyFont());
        applyFont();

        styles = new StyleLayers(area);
        gutter = new Gutter(area);
        area.setParagraphGraphicFactory(gutter);
        highlightWorker = Executors.newSingleThreadExecutor(daemon("highlight"));
        compileWorker = Executors.newSingleThreadExecutor(daemon("compile-check"));
        highlighting = new AsyncHighlighting(area, highlightWorker, styles::applySyntax);
        compileCheck = new CompileCheck(area, scriptFullName, compileWorker, this::showProblems);
        currentLine = new CurrentLineHighlight(area);
        EditorKeys.install(area);
        brackets = new BracketHighlight(area, styles);

        findBar = new FindReplaceBar(area);
        goToLineBar = new GoToLineBar(area, this::goToLine);
        VBox bars = new VBox(readOnlyBanner, findBar, goToLineBar);
        bars.getStyleClass().add("editor-bars");
        setTop(bars);
        setCenter(new VirtualizedScrollPane<>(area));
        // every problem readable at once, without hovering a gutter marker
        problemStrip.getStyleClass().add("problem-strip");
        problemStrip.setMaxWidth(Double.MAX_VALUE);
        problemStrip.setWrapText(true);
        problemStrip.setVisible(false);
        problemStrip.setManaged(false);
        setBottom(problemStrip);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        // typing into a read-only editor would otherwise do nothing, silently
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!area.isEditable() && !e.getCharacter().isEmpty() && !e.isShortcutDown()) {
                readOnlyBanner.flash();
            }
        });
    }

    public String getScriptFullName() {
        return scriptFullName;
    }

    public String getText() {
        return area.getText();
    }

    public ObservableValue<String> textProperty() {
        return area.textProperty();
    }

    /**
     * Replaces the text because the place changed underneath (an undo in the place, say). The caret
     * stays on its line where that line still exists. Not undoable here: the editor's history is
     * dropped, as it describes a text that is gone.
     */
    public void replaceAllText(String text) {
        if (text.equals(area.getText())) {
            return;
        }
        int line = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        int newLine = Math.min(line, area.getParagraphs().size() - 1);
        area.moveTo(newLine, Math.min(column, area.getParagraphLength(newLine)));
        area.requestFollowCaret();
    }

    /** Puts the caret at the start of {@code line} (1-based, clamped to the script), shows it and focuses the text. */
    public void goToLine(int line) {
        int paragraph = Math.max(0, Math.min(line, area.getParagraphs().size()) - 1);
        area.moveTo(paragraph, 0);
        area.showParagraphAtCenter(paragraph);
        area.requestFollowCaret();
        area.requestFocus();
    }

    public void showFind() {
        goToLineBar.close();
        findBar.open(false);
    }

    public void showReplace() {
        goToLineBar.close();
        findBar.open(area.isEditable());
    }

    public void showGoToLine() {
        findBar.close();
        goToLineBar.open();
    }

    public void zoomIn() {
        fontSize.set(clampFontSize(fontSize.get() + 1));
    }

    public void zoomOut() {
        fontSize.set(clampFontSize(fontSize.get() - 1));
    }

    public void resetZoom() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    /** The text's font size in pixels; the shell may bind it to share zoom between tabs. */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public void setEditable(boolean editable) {
        area.setEditable(editable);
        findBar.setReplaceEnabled(editable);
        readOnlyBanner.show(!editable);
        pseudoClassStateChanged(READ_ONLY, !editable);
    }

    public boolean isEditable() {
        return area.isEditable();
    }

    /** The script's compile problems, as of the last check (about 300 ms after typing stops). Read-only. */
    public ObservableList<CompileProblem> problems() {
        return readOnlyProblems;
    }

    /** Stops the background highlighting and compile checks; call when the tab closes. */
    public void dispose() {
        highlighting.dispose();
        compileCheck.dispose();
        currentLine.dispose();
        findBar.dispose();
        brackets.dispose();
        styles.dispose();
        highlightWorker.shutdownNow();
        compileWorker.shutdownNow();
    }

    /** The text area itself, for tests and for the shell's focus handling. */
    public CodeArea codeArea() {
        return area;
    }

    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    private void showProblems(List<CompileProblem> found) {
        problems.setAll(found);
        List<Range> ranges = new ArrayList<>();
        String text = area.getText();
        for (CompileProblem p : found) {
            Range r = ProblemRanges.of(text, p);
            if (r != null) {
                ranges.add(r);
            }
        }
        styles.setProblems(ranges);
        gutter.setProblems(found);
        problemStrip.setText(ProblemStripText.of(found));
        problemStrip.setVisible(!found.isEmpty());
        problemStrip.setManaged(!found.isEmpty());
    }

    private void shortcut(KeyEvent e) {
        if (FIND.match(e)) {
            showFind();
        } else if (REPLACE.match(e)) {
            showReplace();
        } else if (GO_TO_LINE.match(e)) {
            showGoToLine();
        } else if (e.isShortcutDown() && !e.isAltDown() && ZOOM_IN_KEYS.contains(e.getCode())) {
            // Shift is allowed: on most layouts "+" is Shift+"=".
            zoomIn();
        } else if (e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && ZOOM_OUT_KEYS.contains(e.getCode())) {
            zoomOut();
        } else if (e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown() && ZOOM_RESET_KEYS.contains(e.getCode())) {
            resetZoom();
        } else if (e.getCode() == KeyCode.ESCAPE && (findBar.isOpen() || goToLineBar.isOpen())) {
            findBar.close();
            goToLineBar.close();
        } else {
            return;
        }
        e.consume();
    }

    private void applyFont() {
        double size = clampFontSize(fontSize.get());
        area.setStyle("-fx-font-family: \"" + fontFamily + "\"; -fx-font-size: " + size + "px;");
    }

    private static double clampFontSize(double size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }

    private static String availableMonospace() {
        List<String> installed = Font.getFamilies();
        return MONOSPACE_FAMILIES.stream().filter(installed::contains).findFirst().orElse("Monospaced");
    }

    private ThreadFactory daemon(String purpose) {
        return runnable -> {
            Thread t = new Thread(runnable, "script-editor-" + purpose + " " + scriptFullName);
            t.setDaemon(true);
            return t;
        };
    }
}
