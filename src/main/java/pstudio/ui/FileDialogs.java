package pstudio.ui;

import java.nio.file.Path;
import javafx.stage.Window;

/** Asks the user for a place file to open or save to; null means they cancelled. */
interface FileDialogs {
    Path chooseOpen(Window owner, Path folder);

    Path chooseSave(Window owner, Path folder, String suggestedName);

    /** A file to export to, named {@code suggestedName} + {@code extension} (".json") unless the user changes it. */
    Path chooseExport(Window owner, Path folder, String title, String suggestedName, String kind, String extension);
}
