package pstudio.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * File > Samples: one item per sample place, with its description. The folder is read in the
 * background at start and again whenever the menu opens, so samples added later appear too.
 */
final class SamplesMenu {
    private final Menu menu = new Menu("Samples");
    private final Path folder;
    private final Consumer<Path> open;
    private List<SampleCatalog.Sample> shown;

    private SamplesMenu(Path folder, Consumer<Path> open) {
        this.folder = folder;
        this.open = open;
        menu.getItems().add(placeholder("Looking for samples\u2026"));
        menu.setOnShowing(e -> refresh());
        refresh();
    }

    /** The menu; {@code open} opens the chosen sample's file as a copy. */
    static Menu create(Path folder, Consumer<Path> open) {
        return new SamplesMenu(folder, open).menu;
    }

    private void refresh() {
        Thread reader = new Thread(() -> {
            List<SampleCatalog.Sample> samples = SampleCatalog.list(folder);
            Platform.runLater(() -> show(samples));
        }, "sample-catalog");
        reader.setDaemon(true);
        reader.start();
    }

    private void show(List<SampleCatalog.Sample> samples) {
        if (samples.equals(shown)) {
            return;
        }
        shown = samples;
        menu.getItems().clear();
        for (SampleCatalog.Sample sample : samples) {
            MenuItem item = new MenuItem(sample.description().isEmpty() ? sample.name()
                    : sample.name() + "  \u2014  " + sample.description());
            item.setOnAction(e -> open.accept(sample.file()));
            menu.getItems().add(item);
        }
        if (samples.isEmpty()) {
            menu.getItems().add(placeholder("No samples in " + folder.toAbsolutePath().normalize()));
        }
    }

    private static MenuItem placeholder(String text) {
        MenuItem none = new MenuItem(text);
        none.setDisable(true);
        return none;
    }
}
