package pstudio.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import pstudio.place.PlaceFile;

/** The platform's file choosers, filtered to .place files. */
final class ChooserFileDialogs implements FileDialogs {
    @Override
    public Path chooseOpen(Window owner, Path folder) {
        File chosen = chooser("Open Place", folder).showOpenDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }

    @Override
    public Path chooseSave(Window owner, Path folder, String suggestedName) {
        FileChooser chooser = chooser("Save Place As", folder);
        chooser.setInitialFileName(suggestedName + PlaceFile.EXTENSION);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        String name = chosen.getName();
        return name.endsWith(PlaceFile.EXTENSION) ? chosen.toPath() : chosen.toPath().resolveSibling(name + PlaceFile.EXTENSION);
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Places (*.place)", "*" + PlaceFile.EXTENSION));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
