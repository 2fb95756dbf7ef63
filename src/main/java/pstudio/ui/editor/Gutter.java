package pstudio.ui.editor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;
import org.reactfx.collection.LiveList;
import org.reactfx.value.Val;
import pstudio.engine.CompileProblem;

/**
 * The strip left of each line: a slot for a compile-problem marker (its tooltip holds the messages)
 * and the line number, padded to the widest number so the text column does not jump.
 */
final class Gutter implements IntFunction<Node> {
    private final CodeArea area;
    private final Val<Integer> lineCount;
    private Map<Integer, List<CompileProblem>> problemsByLine = Map.of();

    Gutter(CodeArea area) {
        this.area = area;
        this.lineCount = LiveList.sizeOf(area.getParagraphs());
    }

    /** Shows these problems' markers; only the lines whose markers change are redrawn. */
    void setProblems(List<CompileProblem> problems) {
        Set<Integer> changed = new HashSet<>(problemsByLine.keySet());
        problemsByLine = problems.stream()
                .collect(Collectors.groupingBy(p -> p.line() - 1, TreeMap::new, Collectors.toList()));
        changed.addAll(problemsByLine.keySet());
        for (int line : changed) {
            if (line >= 0 && line < area.getParagraphs().size()) {
                area.recreateParagraphGraphic(line);
            }
        }
    }

    @Override
    public Node apply(int line) {
        Label number = new Label();
        number.getStyleClass().add("line-number");
        // Bound only while shown, so the many short-lived gutter nodes are not kept alive by the count.
        number.textProperty().bind(lineCount.map(count -> pad(line + 1, count)).conditionOnShowing(number));
        StackPane slot = new StackPane();
        slot.getStyleClass().add("problem-slot");
        List<CompileProblem> problems = problemsByLine.get(line);
        if (problems != null) {
            slot.getChildren().add(marker(problems));
        }
        HBox gutter = new HBox(slot, number);
        gutter.getStyleClass().add("gutter");
        return gutter;
    }

    private static Label marker(List<CompileProblem> problems) {
        List<String> lines = new ArrayList<>();
        for (CompileProblem p : problems) {
            lines.add("Column " + p.column() + ": " + p.message());
        }
        Tooltip tooltip = new Tooltip(String.join("\n", lines));
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.getStyleClass().add("problem-tooltip");
        Label marker = new Label();
        marker.getStyleClass().add("problem-marker");
        marker.setTooltip(tooltip);
        return marker;
    }

    private static String pad(int number, int lineCount) {
        String digits = String.valueOf(number);
        int width = String.valueOf(Math.max(1, lineCount)).length();
        return " ".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
