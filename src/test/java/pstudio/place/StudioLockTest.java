package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudioLockTest {
    @TempDir
    Path folder;

    /** The id of a process that has ended: the studio that held its lock has gone. */
    static long endedProcessId() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void aLockWhoseProcessHasEndedIsLeftBehindAndARunningStudiosIsNot() throws Exception {
        Instant started = Instant.parse("2025-01-02T03:04:05Z");
        Path crashed = StudioLock.write(folder, endedProcessId(), started);
        StudioLock mine = StudioLock.take(folder);

        List<StudioLock.Left> left = StudioLock.leftBehind(folder);

        assertEquals(1, left.size());
        assertEquals(crashed, left.get(0).file());
        assertEquals(started, left.get(0).started());
        assertTrue(Files.exists(mine.file()));
    }

    @Test
    void aCleanExitRemovesTheLockAndClearingRemovesLeftOnes() throws Exception {
        StudioLock.write(folder, endedProcessId(), Instant.now());
        StudioLock mine = StudioLock.take(folder);
        StudioLock.clear(StudioLock.leftBehind(folder));
        mine.release();
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aLockOfAProcessIdTakenByANewerProcessIsLeftBehind() throws Exception {
        // this process's id, but a start long before it: the studio that wrote it is gone
        StudioLock.write(folder, ProcessHandle.current().pid(), Instant.parse("2001-01-01T00:00:00Z"));
        assertEquals(1, StudioLock.leftBehind(folder).size());
        assertFalse(StudioLock.leftBehind(folder.resolve("missing")).iterator().hasNext());
    }
}
