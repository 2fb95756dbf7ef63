package pstudio.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.stage.Window;

/** File choosers that answer what the test queued, since native choosers cannot be driven headless. */
final class ScriptedFileDialogs implements FileDialogs {
    final Deque<Path> answers = new ArrayDeque<>();
    String lastSuggestedName;

    @Override
    public Path chooseOpen(Window owner, Path folder) {
        return answers.poll();
    }

    @Override
    public Path chooseSave(Window owner, Path folder, String suggestedName) {
        lastSuggestedName = suggestedName;
        return answers.poll();
    }

    @Override
    public Path chooseExport(Window owner, Path folder, String title, String suggestedName, String kind,
                             String extension) {
        lastSuggestedName = suggestedName + extension;
        return answers.poll();
    }
}
