package pstudio.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import pstudio.place.AtomicFileWrite;

/**
 * What the studio remembers between sessions (window size, split positions, theme, workers, recent
 * places), as a properties file in the user's config folder. A missing or unreadable file means
 * defaults; the studio must start even when its settings are broken.
 */
public final class StudioSettings {
    public static final int MAX_RECENT = 10;
    /** Minutes between recovery copies of a place with unsaved changes; 0 turns them off. */
    public static final String RECOVERY_MINUTES = "recovery.intervalMinutes";
    public static final int DEFAULT_RECOVERY_MINUTES = 2;
    private static final String FILE_NAME = "settings.properties";

    private final Path file;
    private final Properties values = new Properties();

    public StudioSettings(Path folder) {
        this.file = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    /** {@code $XDG_CONFIG_HOME/parallelizer-studio}, or {@code ~/.config/parallelizer-studio}. */
    public static StudioSettings forUser() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return new StudioSettings(config.resolve("parallelizer-studio"));
    }

    public Path file() {
        return file;
    }

    public double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void putDouble(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public int getInt(String key, int fallback) {
        try {
            return Integer.parseInt(values.getProperty(key, ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void putInt(String key, int value) {
        values.setProperty(key, Integer.toString(value));
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = values.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    public void putBoolean(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    public String getString(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public void putString(String key, String value) {
        if (value == null) {
            values.remove(key);
        } else {
            values.setProperty(key, value);
        }
    }

    /** How often a place with unsaved changes gets a recovery copy; zero means never. */
    public Duration recoveryInterval() {
        int minutes = getInt(RECOVERY_MINUTES, DEFAULT_RECOVERY_MINUTES);
        return Duration.ofMinutes(minutes < 0 ? DEFAULT_RECOVERY_MINUTES : minutes);
    }

    /** Recently opened or saved places, newest first, only those that still exist. */
    public List<Path> recentPlaces() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = values.getProperty("recent." + i);
            if (p != null && Files.isRegularFile(Path.of(p))) {
                recent.add(Path.of(p));
            }
        }
        return recent;
    }

    public void addRecentPlace(Path place) {
        List<Path> recent = new ArrayList<>(recentPlaces());
        Path absolute = place.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            putString("recent." + i, i < recent.size() ? recent.get(i).toString() : null);
        }
    }

    /** Writes the settings atomically; failing to save settings is not worth interrupting the user for. */
    public boolean save() {
        try {
            Files.createDirectories(file.getParent());
            StringWriter text = new StringWriter();
            values.store(text, "Parallelizer Studio settings");
            AtomicFileWrite.replace(file, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
