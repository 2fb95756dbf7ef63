package pstudio.place;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of places with unsaved changes, written now and then so that a crash of the studio costs
 * at most a few minutes of work. They live in one per-user folder, never beside or over the user's
 * own file: {@code nth-root-1a2b3c4d-20250102-030405-006.place}, where the middle part tells
 * places of the same name in different folders apart ({@code unsaved} for a place never saved).
 */
public final class RecoveryCopies {
    public static final int DEFAULT_KEEP = 10;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "(.+)-(unsaved|[0-9a-f]{8})-(\\d{8}-\\d{6}-\\d{3})" + Pattern.quote(PlaceFile.EXTENSION));

    /** One copy on disk: the place it is of, when it was written, and its size in bytes. */
    public record Copy(Path file, String placeName, Instant writtenAt, long bytes) {
    }

    private final Path folder;
    private final int keep;
    private final Clock clock;

    public RecoveryCopies(Path folder, int keep, Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1, not " + keep);
        }
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
    }

    /** {@code recovery} beside the user's run backups: {@code ~/.local/share/parallelizer-studio/recovery}. */
    public static Path userFolder() {
        return Backups.userBackupFolder(System.getenv("XDG_DATA_HOME"), System.getProperty("user.home"))
                .resolveSibling("recovery");
    }

    public Path folder() {
        return folder;
    }

    /**
     * Writes {@code place} as a new copy, atomically, then deletes all but the newest few of that place.
     *
     * @param placeFile where the place is saved, or null; it only names the copy and is never written
     * @param placeName the name the user sees for the place
     */
    public synchronized Path write(DataModel place, Path placeFile, String placeName) throws PlaceFileException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new PlaceFileException(folder.toString(), 0, "cannot create the recovery folder: a file of that name is in the way", e);
        } catch (IOException e) {
            throw PlaceFileException.io(folder.toString(), "cannot create the recovery folder", e);
        }
        String prefix = prefix(placeFile, placeName);
        Path copy = unusedName(prefix);
        byte[] bytes;
        try {
            bytes = PlaceFile.toXml(place).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new PlaceFileException(copy.toString(), 0, "cannot write a recovery copy: " + e.getMessage(), e);
        }
        try {
            AtomicFileWrite.replace(copy, out -> out.write(bytes));
        } catch (IOException e) {
            throw PlaceFileException.io(copy.toString(), "cannot write a recovery copy", e);
        }
        for (Copy old : list(placeFile, placeName).stream().skip(keep).toList()) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // an old copy that stays does no harm; the new one is written
            }
        }
        return copy;
    }

    /** The copies of one place, newest first. */
    public List<Copy> list(Path placeFile, String placeName) {
        String prefix = prefix(placeFile, placeName);
        return all().stream().filter(c -> c.file().getFileName().toString().startsWith(prefix + "-")
                && c.placeName().equals(safeName(placeName))).toList();
    }

    /** The newest copy of any place written at or after {@code since}. */
    public Optional<Copy> newestSince(Instant since) {
        return all().stream().filter(c -> !c.writtenAt().isBefore(since)).findFirst();
    }

    /** Every copy in the folder, newest first; an unreadable folder has none. */
    public List<Copy> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Copy> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    copies.add(new Copy(f, m.group(1), STAMP.parse(m.group(3), Instant::from), Files.size(f)));
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        copies.sort(Comparator.comparing(Copy::writtenAt).reversed());
        return copies;
    }

    private static String prefix(Path placeFile, String placeName) {
        String tag = placeFile == null ? "unsaved"
                : String.format("%08x", placeFile.toAbsolutePath().normalize().toString().hashCode());
        return safeName(placeName) + "-" + tag;
    }

    /** A place's name as part of a file name: characters that some file systems refuse become {@code _}. */
    private static String safeName(String placeName) {
        String name = placeName == null || placeName.isBlank() ? Backups.UNSAVED_PLACE_NAME : placeName;
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    /** Two copies in the same millisecond: the later one takes the next free one, so names stay in order. */
    private Path unusedName(String prefix) {
        Instant at = clock.instant();
        while (true) {
            Path candidate = folder.resolve(prefix + "-" + STAMP.format(at) + PlaceFile.EXTENSION);
            if (!Files.exists(candidate)) {
                return candidate;
            }
            at = at.plusMillis(1);
        }
    }
}
