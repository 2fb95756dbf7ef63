package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the sandbox refuses is refused while the script compiles where the compiler can see it:
 * nothing of the script runs, and the error names the line that asked.
 */
class CompileTimeRefusalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "print(new File('/etc/passwd').text)|scripts cannot open files",
        "java.nio.file.Files.writeString(java.nio.file.Path.of('/tmp/x'), 'x')|scripts cannot open files",
        "new FileOutputStream('/tmp/x').write(1)|scripts cannot open files",
        "def p = new ProcessBuilder('id')|scripts cannot start processes",
        "Runtime.getRuntime().exec('id')|scripts cannot start processes",
        "def s = new Socket('localhost', 80)|scripts cannot open network connections",
        "new URL('http://localhost/').openStream()|scripts cannot open network connections",
        "print(System.getenv('HOME'))|scripts cannot read the environment",
        "print(System.getProperty('user.home'))|scripts cannot read system properties",
        "print(System.properties)|scripts cannot read system properties",
        "System.exit(0)|scripts cannot end the process",
        "Runtime.runtime.halt(1)|scripts cannot end the process",
        "def f = System.&exit|scripts cannot end the process",
        "Thread.start { print('x') }|scripts cannot start Java threads",
        "new Thread({ print('x') }).start()|scripts cannot start Java threads",
        "java.util.concurrent.Executors.newSingleThreadExecutor()|scripts cannot start Java threads",
        "new GroovyShell().evaluate('1')|scripts cannot create class loaders",
        "Eval.me('1')|scripts cannot create class loaders",
        "System.loadLibrary('z')|scripts cannot load native code",
        "def f = String.getDeclaredField('value'); java.lang.reflect.Field g = f|scripts cannot use reflection",
        "System.setSecurityManager(null)|scripts cannot change the sandbox",
        "print(task.@run)|scripts cannot reach into an object's fields",
        "game.@name = 'x'|scripts cannot reach into an object's fields",
        "import java.nio.file.Files|scripts cannot open files",
        "import static java.lang.System.exit|scripts cannot end the process",
        "import java.net.*|scripts cannot open network connections",
        "import java.lang.reflect.Method as M|scripts cannot use reflection",
        "@groovy.transform.ASTTest(value = { new File('/tmp/x').text = 'x' }) def x = 1|scripts cannot use annotations",
        "@Grab('org.example:nothing:1.0') import org.example.Nothing|scripts cannot use annotations",
        "@GrabResolver(name = 'x', root = 'http://localhost/') def x = 1|scripts cannot use annotations",
        "@groovy.transform.Memoized def f() { 1 }|scripts cannot use annotations",
        "@groovy.transform.TypeChecked(extensions = 'x.groovy') def f() { 1 }|scripts cannot use annotations",
    })
    void refusedAtTheLineThatAsks(String line, String refusal) throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Stranger", "print('never')\n" + line);
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("ServerScriptService.Stranger:2", errors.get(0).location(), p.output());
        assertTrue(errors.get(0).text().startsWith(refusal), p.output());
        assertFalse(errors.get(0).text().matches("(?s).*\\b(java|groovy|org)\\.[a-z].*|.*Exception.*"), p.output());
        assertEquals(List.of(), p.prints());
    }

    @Test
    void anAliasedTransformDoesNotPassForAnAllowedAnnotation() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Stranger", "import groovy.transform.ASTTest as Field\n"
                + "@Field(value = { print('compile time') }) def x = 1\nprint('never')");
        p.runToEnd();
        assertEquals("ServerScriptService.Stranger:2", p.errors().get(0).location(), p.output());
        assertTrue(p.errors().get(0).text().startsWith("scripts cannot use annotations"), p.output());
        assertEquals(List.of(), p.prints());
    }

    @Test
    void theAllowedAnnotationsStillWork() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Fine", "import groovy.transform.Field\nimport groovy.transform.CompileStatic\n"
                + "@Field int count = 2\n@CompileStatic\nint twice(int n) { n * 2 }\nprint(twice(count))\n"
                + "print(Thread.currentThread() != null)");
        p.runToEnd();
        assertEquals(List.of(), p.errors(), p.output());
        assertEquals(List.of("4", "true"), p.prints());
    }

    @Test
    void checkingAnAstTestScriptRunsNothingOfIt(@TempDir Path dir) {
        Path marker = dir.resolve("ran");
        String path = marker.toString().replace("\\", "\\\\");
        String source = "@groovy.transform.ASTTest(value = { new java.io.File('" + path + "').text = 'ran' })\n"
                + "def x = 1\n";
        List<CompileProblem> problems = ScriptCompiler.shared().check(source, "ServerScriptService.Stranger");
        assertFalse(Files.exists(marker), "the annotation's code ran while the script was checked");
        assertEquals(1, problems.get(0).line(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("scripts cannot use annotations"), problems.toString());
    }

    @Test
    void grabIsRefusedBeforeItLooksForTheLibrary() {
        List<CompileProblem> problems = ScriptCompiler.shared().check(
                "@Grab('org.example:nothing:1.0')\nimport org.example.Nothing\n", "ServerScriptService.Stranger");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("scripts cannot use annotations"), problems.toString());
    }
}
