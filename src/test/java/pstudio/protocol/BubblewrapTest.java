package pstudio.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine process's command under bwrap: no network, read-only JDK and application, the command itself last. */
class BubblewrapTest {
    private static final List<String> JAVA = List.of("/jdk/bin/java", "-cp", "/app/classes", "pstudio.Main", "engine");

    @Test
    void withBwrapTheCommandRunsInsideItWithoutNetwork(@TempDir Path dir) throws Exception {
        Path bwrap = Files.createFile(dir.resolve("bwrap"));
        bwrap.toFile().setExecutable(true);
        List<String> wrapped = Bubblewrap.wrap(JAVA, List.of(Path.of("/jdk"), Path.of("/app"), Path.of("/app")), List.of(), bwrap);
        assertEquals(bwrap.toString(), wrapped.get(0));
        assertTrue(wrapped.contains("--unshare-net"), wrapped.toString());
        assertTrue(wrapped.contains("--die-with-parent"), wrapped.toString());
        String joined = String.join(" ", wrapped);
        assertTrue(joined.contains("--ro-bind-try /jdk /jdk"), joined);
        assertEquals(joined.indexOf("--ro-bind-try /app /app"), joined.lastIndexOf("--ro-bind-try /app /app"), "each path once");
        assertTrue(joined.contains("--tmpfs /tmp"), joined);
        assertTrue(joined.indexOf("--tmpfs /tmp") < joined.indexOf("--ro-bind-try /app /app"),
                "the private /tmp comes first, so that an application under /tmp stays visible: " + joined);
        assertEquals(JAVA, wrapped.subList(wrapped.indexOf("--") + 1, wrapped.size()));
    }

    @Test
    void aWritableFolderIsBoundAfterTheReadOnlyView(@TempDir Path dir) throws Exception {
        Path bwrap = Files.createFile(dir.resolve("bwrap"));
        bwrap.toFile().setExecutable(true);
        String joined = String.join(" ", Bubblewrap.wrap(JAVA, List.of(Path.of("/app")), List.of(Path.of("/app/target")), bwrap));
        assertTrue(joined.indexOf("--bind /app/target /app/target") > joined.indexOf("--ro-bind-try /app /app"), joined);
    }

    @Test
    void withoutBwrapTheCommandIsUnchanged(@TempDir Path dir) {
        assertEquals(JAVA, Bubblewrap.wrap(JAVA, List.of(Path.of("/jdk")), List.of(), dir.resolve("no-bwrap")));
    }
}
