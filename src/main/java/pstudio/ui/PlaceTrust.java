package pstudio.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which places were created or saved on this machine, as an editor's workspace trust knows: a new
 * place, or a file this studio wrote that nobody has changed since (same size and time). It only
 * matters where no sandbox holds: then a place from elsewhere runs only after the user says so.
 */
final class PlaceTrust {
    private static final int KEPT = 100;
    private static final String KEY = "trusted.";

    private final StudioSettings settings;

    PlaceTrust(StudioSettings settings) {
        this.settings = settings;
    }

    /** A place never saved (made here), or a file as this studio last wrote it. */
    boolean isTrusted(Path file) {
        if (file == null) {
            return true;
        }
        String stamp = stamp(file);
        return stamp != null && entries().contains(stamp);
    }

    /** Called after this studio wrote {@code file}. */
    void saved(Path file) {
        String stamp = stamp(file);
        if (stamp == null) {
            return;
        }
        String prefix = file.toAbsolutePath().normalize() + "|";
        List<String> entries = new ArrayList<>(entries());
        entries.removeIf(e -> e.startsWith(prefix));
        entries.add(0, stamp);
        for (int i = 0; i < KEPT; i++) {
            settings.putString(KEY + i, i < entries.size() ? entries.get(i) : null);
        }
    }

    private List<String> entries() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < KEPT; i++) {
            String e = settings.getString(KEY + i, null);
            if (e != null) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static String stamp(Path file) {
        try {
            Path absolute = file.toAbsolutePath().normalize();
            return absolute + "|" + Files.size(absolute) + "|" + Files.getLastModifiedTime(absolute).toMillis();
        } catch (IOException e) {
            return null;
        }
    }
}
