package pstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code app/studio run} runs a place's scripts in the sandbox, and refuses to run them without one unless trusted. */
class RunnerSandboxTest {

    @Test
    void withoutASandboxThePlaceIsRefusedAndNothingOfItRuns() {
        Outcome o = runWithoutSandbox(RunnerInvocation.resource("clean.place").toString(), "--workers", "2");
        assertEquals(RunCommand.BAD_INPUT, o.status, o.err);
        assertTrue(o.err.startsWith("error: this Java cannot sandbox scripts"), o.err);
        assertTrue(o.err.contains("--trust"), o.err);
        assertEquals("", o.out, "no script ran");
    }

    @Test
    void trustRunsThePlaceWithoutASandbox() {
        Outcome o = runWithoutSandbox(RunnerInvocation.resource("clean.place").toString(), "--workers", "2", "--trust");
        assertEquals(RunCommand.CLEAN, o.status, o.err);
        assertTrue(o.out.startsWith("hello"), o.out);
    }

    @Test
    void aPlaceThatWritesAFileIsRefusedAndTheFileIsNotWritten(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("written");
        Path place = dir.resolve("writer.place");
        Files.writeString(place, """
                <?xml version="1.0" encoding="UTF-8"?>
                <place format="1">
                  <Item class="ServerScriptService" name="ServerScriptService">
                    <Item class="Script" name="Writer">
                      <Source><![CDATA[def files = Class.forName('java.nio.file.Files')
                files.writeString(Class.forName('java.nio.file.Path').of('%s'), 'x')
                print('written')]]></Source>
                    </Item>
                  </Item>
                </place>
                """.formatted(marker), StandardCharsets.UTF_8);
        RunnerInvocation r = RunnerInvocation.of("run", place.toString(), "--workers", "2");
        assertEquals(RunCommand.SCRIPT_ERROR, r.status(), r.transcript());
        assertEquals("ERROR ServerScriptService.Writer:2: scripts cannot open files", r.stderrLines().get(0),
                r.transcript());
        assertEquals("", r.stdout(), r.transcript());
        assertFalse(Files.exists(marker), "the script wrote the file");
    }

    private static Outcome runWithoutSandbox(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new RunCommand(() -> false));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int status = command.execute(args);
        return new Outcome(status, out.toString(), err.toString());
    }

    private record Outcome(int status, String out, String err) {
    }
}
