package pstudio.place;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A file that says a studio is running: {@code studio-PID.lock}, holding the process id and when
 * that process started. A clean exit deletes it, so a lock whose process has gone means that studio
 * crashed or was killed. Each studio has its own lock, so two running at once do not mistake each
 * other for a crash.
 */
public final class StudioLock {
    private static final Pattern NAME = Pattern.compile("studio-(\\d+)\\.lock");
    private static final Pattern STARTED = Pattern.compile("(?m)^started (\\S+)$");

    /** A lock that a studio left: its process id, and when that studio started. */
    public record Left(Path file, long pid, Instant started) {
    }

    private final Path file;

    private StudioLock(Path file) {
        this.file = file;
    }

    /** Marks this process as a running studio in {@code folder}. */
    public static StudioLock take(Path folder) throws PlaceFileException {
        ProcessHandle self = ProcessHandle.current();
        try {
            return new StudioLock(write(folder, self.pid(), self.info().startInstant().orElse(Instant.now())));
        } catch (IOException e) {
            throw PlaceFileException.io(folder.toString(), "cannot write the lock that marks a running studio", e);
        }
    }

    /** Writes a lock as the studio of process {@code pid} does (and as a test leaves one behind). */
    public static Path write(Path folder, long pid, Instant started) throws IOException {
        Files.createDirectories(folder);
        Path lock = folder.resolve("studio-" + pid + ".lock");
        String text = "pid " + pid + "\nstarted " + started + "\n";
        AtomicFileWrite.replace(lock, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        return lock;
    }

    /** The clean exit: the lock goes, so the next start knows all was well. */
    public void release() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next start then offers a recovery copy it need not have; nothing is lost
        }
    }

    public Path file() {
        return file;
    }

    /** Locks in {@code folder} whose studio is no longer running, oldest first. */
    public static List<Left> leftBehind(Path folder) {
        List<Left> left = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return left;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    Left lock = read(f, Long.parseLong(m.group(1)));
                    if (!isRunning(lock)) {
                        left.add(lock);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return left;
        }
        left.sort((a, b) -> a.started().compareTo(b.started()));
        return left;
    }

    /** Deletes locks left behind, once their studio's recovery copies have been offered. */
    public static void clear(List<Left> locks) {
        for (Left lock : locks) {
            try {
                Files.deleteIfExists(lock.file());
            } catch (IOException e) {
                // offered once more at the next start; harmless
            }
        }
    }

    private static Left read(Path file, long pid) throws IOException {
        Instant started = Instant.EPOCH;
        Matcher m = STARTED.matcher(Files.readString(file, StandardCharsets.UTF_8));
        if (m.find()) {
            try {
                started = Instant.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // a damaged lock still marks a crash; its copies are any copies
            }
        }
        return new Left(file, pid, started);
    }

    /** The process is alive and is the same one: a process id can be reused by a later process. */
    private static boolean isRunning(Left lock) {
        Optional<ProcessHandle> process = ProcessHandle.of(lock.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return started.isEmpty() || lock.started().equals(Instant.EPOCH)
                || Math.abs(started.get().toEpochMilli() - lock.started().toEpochMilli()) < 1000;
    }
}
