package pstudio.place;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The copies of a place written before each run, so that a run that hangs or crashes the studio
 * cannot cost the user their work. A saved place keeps its backups in a hidden folder beside it
 * ({@code nth-root.place} in {@code .nth-root.place.backups/}); unsaved places share one folder in the
 * user's data folder under the name {@value #UNSAVED_PLACE_NAME}. Only the newest few are kept.
 */
public final class Backups {
    public static final int DEFAULT_KEEP = 20;
    public static final String UNSAVED_PLACE_NAME = "untitled";

    /** UTC, so that names sort in the order they were written even across a daylight-saving change. */
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final String STAMP_PATTERN = "-\\d{8}-\\d{6}-\\d{3}" + Pattern.quote(PlaceFile.EXTENSION);

    private final Path unsavedFolder;
    private final int keep;
    private final Clock clock;

    /**
     * @param unsavedFolder where backups of places that were never saved go
     * @param keep how many backups to keep per place, newest first
     */
    public Backups(Path unsavedFolder, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, not " + keep);
        }
        this.unsavedFolder = unsavedFolder;
        this.keep = keep;
        this.clock = clock;
    }

    /** Backups as the studio keeps them: 20 per place, unsaved ones in the user's data folder. */
    public static Backups forUser() {
        return new Backups(userBackupFolder(System.getenv("XDG_DATA_HOME"), System.getProperty("user.home")),
                DEFAULT_KEEP, Clock.systemUTC());
    }

    /** {@code $XDG_DATA_HOME/parallelizer-studio/backups}, or under {@code ~/.local/share} as the XDG spec says. */
    static Path userBackupFolder(String xdgDataHome, String userHome) {
        // the spec says to ignore a relative XDG_DATA_HOME
        Path dataHome = xdgDataHome != null && Path.of(xdgDataHome).isAbsolute()
                ? Path.of(xdgDataHome) : Path.of(userHome, ".local", "share");
        return dataHome.resolve("parallelizer-studio").resolve("backups");
    }

    /** The folder that holds the backups of the place saved at {@code placeFile} (null: an unsaved place). */
    public Path folderFor(Path placeFile) {
        if (placeFile == null) {
            return unsavedFolder;
        }
        Path absolute = placeFile.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".backups");
    }

    /**
     * Writes a copy of {@code place} as it is now, atomically, named after the place and the time
     * ({@code nth-root-20250102-030405-006.place}, UTC), then deletes all but the newest backups.
     *
     * @param placeFile where the place is saved, or null if it never was
     * @return the backup written
     */
    public synchronized Path write(DataModel place, Path placeFile) throws PlaceFileException {
        Path folder = folderFor(placeFile);
        String placeName = placeName(placeFile);
        Path backup;
        try {
            Files.createDirectories(folder);
            backup = unusedName(folder, placeName);
        } catch (FileAlreadyExistsException e) {
            throw new PlaceFileException(folder.toString(), 0, "cannot create the backup folder: a file of that name is in the way", e);
        } catch (IOException e) {
            throw PlaceFileException.io(folder.toString(), "cannot create the backup folder", e);
        }
        PlaceFile.save(place, backup);
        for (Path old : list(placeFile).stream().skip(keep).toList()) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw PlaceFileException.io(old.toString(), "cannot delete an old backup", e);
            }
        }
        return backup;
    }

    /** The backups of the place saved at {@code placeFile} (null: an unsaved place), newest first. */
    public List<Path> list(Path placeFile) throws PlaceFileException {
        Path folder = folderFor(placeFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Pattern backupName = Pattern.compile(Pattern.quote(placeName(placeFile)) + STAMP_PATTERN);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> backupName.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw PlaceFileException.io(folder.toString(), "cannot list the backups", e);
        }
    }

    private static String placeName(Path placeFile) {
        if (placeFile == null) {
            return UNSAVED_PLACE_NAME;
        }
        String name = placeFile.getFileName().toString();
        return name.endsWith(PlaceFile.EXTENSION) && name.length() > PlaceFile.EXTENSION.length()
                ? name.substring(0, name.length() - PlaceFile.EXTENSION.length()) : name;
    }

    /** Two backups in the same millisecond: the later one takes the next free millisecond, so names stay in order. */
    private Path unusedName(Path folder, String placeName) {
        Instant at = clock.instant();
        while (true) {
            Path candidate = folder.resolve(placeName + "-" + STAMP.format(at) + PlaceFile.EXTENSION);
            if (!Files.exists(candidate)) {
                return candidate;
            }
            at = at.plusMillis(1);
        }
    }
}
