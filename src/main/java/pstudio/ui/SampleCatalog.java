package pstudio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import pstudio.place.DataModel;
import pstudio.place.Instance;
import pstudio.place.PlaceFile;
import pstudio.place.PlaceFileException;
import pstudio.place.Script;

/**
 * The samples File > Samples lists: every {@code .place} in the samples folder, by name, each with
 * the first comment line of its master script as its description (samples begin with one that says
 * what they show). Read off the JavaFX thread.
 */
final class SampleCatalog {
    record Sample(String name, Path file, String description) {
    }

    private SampleCatalog() {
    }

    static List<Sample> list(Path folder) {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(p -> p.getFileName().toString().endsWith(PlaceFile.EXTENSION) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
        List<Sample> samples = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            samples.add(new Sample(name.substring(0, name.length() - PlaceFile.EXTENSION.length()), file, description(file)));
        }
        return samples;
    }

    /** The master script's first comment line, or empty when the place has none or cannot be read. */
    static String description(Path file) {
        try {
            DataModel place = PlaceFile.load(file);
            for (String service : List.of("ServerScriptService", "Workspace")) {
                for (Instance i : place.GetService(service).GetDescendants()) {
                    if (i instanceof Script s && !s.isDisabled()) {
                        return firstComment(s.getSource());
                    }
                }
            }
        } catch (PlaceFileException e) {
            // a sample that does not load is still listed; opening it says why
        }
        return "";
    }

    private static String firstComment(String source) {
        String first = source.strip().lines().findFirst().orElse("").strip();
        if (first.startsWith("//")) {
            return first.substring(2).strip();
        }
        if (first.startsWith("/*")) {
            return first.substring(first.startsWith("/**") ? 3 : 2).replace("*/", "").strip();
        }
        return "";
    }
}
