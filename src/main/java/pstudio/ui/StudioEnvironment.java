package pstudio.ui;

import java.nio.file.Path;
import java.util.function.IntFunction;
import pstudio.place.Backups;
import pstudio.place.RecoveryCopies;
import pstudio.protocol.EngineLaunch;

/**
 * What the studio needs from the machine: where settings, backups and recovery copies live, how files
 * are chosen and where the samples are. Tests pass temporary folders and scripted file choosers.
 *
 * @param recoveryFolder where recovery copies and the lock that marks a running studio go
 */
record StudioEnvironment(StudioSettings settings, Backups backups, FileDialogs fileDialogs, Path samplesFolder,
                         IntFunction<EngineLaunch> engineLaunch, Path recoveryFolder) {

    /** Engines as the studio starts them: like this process, with the heap limit given. */
    StudioEnvironment(StudioSettings settings, Backups backups, FileDialogs fileDialogs, Path samplesFolder) {
        this(settings, backups, fileDialogs, samplesFolder, EngineLaunch::likeThisProcess);
    }

    /** Recovery copies beside the unsaved places' backups, so that a test's temporary folders hold them too. */
    StudioEnvironment(StudioSettings settings, Backups backups, FileDialogs fileDialogs, Path samplesFolder,
                      IntFunction<EngineLaunch> engineLaunch) {
        this(settings, backups, fileDialogs, samplesFolder, engineLaunch,
                backups.folderFor(null).resolveSibling(backups.folderFor(null).getFileName() + "-recovery"));
    }

    /** The real user's folders; the samples next to the launcher ({@code pstudio.home}, set by app/studio). */
    static StudioEnvironment forUser() {
        Path home = Path.of(System.getProperty("pstudio.home", "."));
        return new StudioEnvironment(StudioSettings.forUser(), Backups.forUser(), new ChooserFileDialogs(),
                home.resolve("samples"), EngineLaunch::likeThisProcess, RecoveryCopies.userFolder());
    }

    Path firstSample() {
        return samplesFolder.resolve("nth-root.place");
    }
}
