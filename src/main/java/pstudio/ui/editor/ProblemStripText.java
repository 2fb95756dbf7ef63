package pstudio.ui.editor;

import java.util.List;
import pstudio.engine.CompileProblem;

/** The strip under the editor: each compile problem as {@code Line 3: message}, the first few of many. */
final class ProblemStripText {
    static final int SHOWN = 3;

    private ProblemStripText() {
    }

    static String of(List<CompileProblem> problems) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) {
            CompileProblem p = problems.get(i);
            out.append(i == 0 ? "" : "\n").append("Line ").append(p.line()).append(": ").append(firstLine(p.message()));
        }
        if (problems.size() > SHOWN) {
            out.append("\n+").append(problems.size() - SHOWN).append(" more (see Problems)");
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
