package pstudio.ui;

import java.nio.file.Path;
import java.util.function.IntFunction;
import pstudio.place.Backups;
import pstudio.protocol.EngineLaunch;

/**
 * What the studio needs from the machine: where settings and backups live, how files are chosen and
 * where the samples are. Tests pass temporary folders and scripted file choosers.
 */
record StudioEnvironment(StudioSettings settings, Backups backups, FileDialogs fileDialogs, Path samplesFolder,
                         IntFunction<EngineLaunch> engineLaunch) {

    /** Engines as the studio starts them: like this process, with the heap limit given. */
    StudioEnvironment(StudioSettings settings, Backups backups, FileDialogs fileDialogs, Path samplesFolder) {
        this(settings, backups, fileDialogs, samplesFolder, EngineLaunch::likeThisProcess);
    }

    /** The real user's folders; the samples next to the launcher ({@code pstudio.home}, set by app/studio). */
    static StudioEnvironment forUser() {
        Path home = Path.of(System.getProperty("pstudio.home", "."));
        return new StudioEnvironment(StudioSettings.forUser(), Backups.forUser(), new ChooserFileDialogs(),
                home.resolve("samples"));
    }

    Path firstSample() {
        return samplesFolder.resolve("nth-root.place");
    }
}
