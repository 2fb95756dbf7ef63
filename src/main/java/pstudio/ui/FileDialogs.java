package pstudio.ui;

import java.nio.file.Path;
import javafx.stage.Window;

/** Asks the user for a place file to open or save to; null means they cancelled. */
interface FileDialogs {
    Path chooseOpen(Window owner, Path folder);

    Path chooseSave(Window owner, Path folder, String suggestedName);
}
