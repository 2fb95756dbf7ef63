package pstudio.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import pstudio.place.PlaceFile;

/** The platform's file choosers, filtered to .place files (or to what an export writes). */
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

    @Override
    public Path chooseExport(Window owner, Path folder, String title, String suggestedName, String kind,
                             String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind + " (*" + extension + ")", "*" + extension));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(suggestedName + extension);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return null;
        }
        String name = chosen.getName();
        return name.endsWith(extension) ? chosen.toPath() : chosen.toPath().resolveSibling(name + extension);
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
