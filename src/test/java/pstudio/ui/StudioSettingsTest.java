package pstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioSettingsTest {
    @TempDir
    Path folder;

    @Test
    void valuesSurviveARestart() {
        StudioSettings settings = new StudioSettings(folder.resolve("config"));
        settings.putDouble("split.explorer", 0.25);
        settings.putString("theme", "LIGHT");
        settings.putInt("run.workers", 6);
        assertTrue(settings.save());

        StudioSettings reread = new StudioSettings(folder.resolve("config"));
        assertEquals(0.25, reread.getDouble("split.explorer", 0));
        assertEquals("LIGHT", reread.getString("theme", "DARK"));
        assertEquals(6, reread.getInt("run.workers", 1));
    }

    @Test
    void aBrokenSettingsFileMeansDefaults() throws Exception {
        Files.writeString(folder.resolve("settings.properties"), "split.explorer=not a number\nwindow.width=\\u12");
        StudioSettings settings = new StudioSettings(folder);
        assertEquals(0.18, settings.getDouble("split.explorer", 0.18));
        assertEquals(1400, settings.getDouble("window.width", 1400));
    }

    @Test
    void recentPlacesAreNewestFirstWithoutDuplicatesOrMissingFiles() throws Exception {
        StudioSettings settings = new StudioSettings(folder);
        Path a = Files.writeString(folder.resolve("a.place"), "");
        Path b = Files.writeString(folder.resolve("b.place"), "");
        Path gone = Files.writeString(folder.resolve("gone.place"), "");
        settings.addRecentPlace(a);
        settings.addRecentPlace(gone);
        settings.addRecentPlace(b);
        settings.addRecentPlace(a);
        Files.delete(gone);
        assertEquals(List.of(a, b), settings.recentPlaces());
    }

    @Test
    void atMostTenRecentPlacesAreKept() throws Exception {
        StudioSettings settings = new StudioSettings(folder);
        for (int i = 0; i < 15; i++) {
            settings.addRecentPlace(Files.writeString(folder.resolve("p" + i + ".place"), ""));
        }
        assertEquals(StudioSettings.MAX_RECENT, settings.recentPlaces().size());
        assertEquals(folder.resolve("p14.place"), settings.recentPlaces().get(0));
    }
}
