package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A place from a stranger is code from a stranger. Each attempt here gets past the compile-time
 * refusals (class names as strings, dynamic receivers, reflection, metaclasses, method handles)
 * and is stopped at run time by the sandbox: an error at the script's line that says what was
 * refused, no effect on the machine (MARKER is a file the attempt would create), and the run and
 * the process go on.
 */
class SandboxEscapeTest {
    private static final Pattern JAVA_NAMES = Pattern.compile(
            "\\b(java|javax|groovy|org|sun|jdk)\\.[a-z]|[A-Z]\\w*(Exception|Error|Permission)\\b");

    @TempDir
    Path dir;

    /** The table writes a line break as backslash-n: a CSV row is one line. */
    private static String lines(String source) {
        return source.replace("\\n", "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "file read|def F = Class.forName('java.io.File')\\nprint(F.newInstance('/etc/passwd').text)|2|scripts cannot open files",
        "file write, Files|def files = Class.forName('java.nio.file.Files'); def paths = Class.forName('java.nio.file.Paths')\\n"
            + "files.write(paths.get(MARKER), 'x'.bytes)|2|scripts cannot open files",
        "file write, stream|def c = Class.forName('java.io.FileOutputStream')\\nc.newInstance(MARKER).write(1)|2|scripts cannot open files",
        "file read, URL|def u = 'file:/etc/passwd'.toURL()\\nprint(u.text)|2|scripts cannot open files",
        "execute|print('before')\\n['sh', '-c', 'touch ' + MARKER].execute().waitFor()|2|scripts cannot start processes",
        "ProcessBuilder|def pb = Class.forName('java.lang.ProcessBuilder').newInstance(['sh', '-c', 'touch ' + MARKER])\\n"
            + "pb.start().waitFor()|2|scripts cannot start processes",
        "Runtime.exec by reflection|def rt = Class.forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)\\n"
            + "rt.exec(['sh', '-c', 'touch ' + MARKER] as String[]).waitFor()|2|scripts cannot start processes",
        "socket|def S = Class.forName('java.net.Socket')\\nS.newInstance('127.0.0.1', 9)|2|scripts cannot open network connections",
        "URL.openStream|def u = 'http://127.0.0.1:9/'.toURL()\\nu.openStream()|2|scripts cannot open network connections",
        "getenv|def s = [System][0]\\nprint(s.getenv('PATH'))|2|scripts cannot read the environment",
        "getProperty|def s = [System][0]\\nprint(s.getProperty('user.home'))|2|scripts cannot read system properties",
        "exit, dynamic receiver|def s = [System][0]\\ns.exit(3)|2|scripts cannot end the process",
        "exit, dynamic name|def name = 'ex' + 'it'\\nSystem.\"$name\"(3)|2|scripts cannot end the process",
        "exit, Method.invoke|def m = System.getMethod('exit', int)\\nm.invoke(null, 3)|2|scripts cannot end the process",
        "exit, method handle|def lookup = Class.forName('java.lang.invoke.MethodHandles').publicLookup()\\n"
            + "lookup.findStatic(System, 'exit', Class.forName('java.lang.invoke.MethodType').methodType(Void.TYPE, Integer.TYPE))"
            + ".invokeWithArguments(3)|2|scripts cannot end the process",
        "exit, metaclass removed|GroovySystem.metaClassRegistry.removeMetaClass(System); def name = 'ex' + 'it'\\n"
            + "System.\"$name\"(3)|2|scripts cannot end the process",
        "halt|def r = Runtime.getRuntime()\\nr.halt(3)|2|scripts cannot end the process",
        "Thread.start|def T = [Thread][0]\\nT.start { print('thread ran') }|2|scripts cannot start Java threads",
        "new Thread().start()|def T = Class.forName('java.lang.Thread')\\n"
            + "T.newInstance({ print('thread ran') } as Runnable).start()|2|scripts cannot start Java threads",
        "Executors|def E = Class.forName('java.util.concurrent.Executors')\\n"
            + "E.newSingleThreadExecutor().submit({ print('thread ran') } as Runnable)|2|scripts cannot start Java threads",
        "GroovyShell|def G = Class.forName('groovy.lang.GroovyShell')\\nG.newInstance().evaluate('print 1')|2|scripts cannot create class loaders",
        "Eval|def E = Class.forName('groovy.util.Eval')\\nprint(E.me('1 + 1'))|2|scripts cannot create class loaders",
        "URLClassLoader|def urls = [Class.forName('java.net.URL').newInstance('file:/tmp/')].asType(Class.forName('[Ljava.net.URL;'))\\n"
            + "Class.forName('java.net.URLClassLoader').newInstance([urls] as Object[])|2|scripts cannot create class loaders",
        "loadLibrary|def s = [System][0]\\ns.loadLibrary('z')|2|scripts cannot load native code",
        "setAccessible|def f = 'abc'.class.getDeclaredField('value')\\nf.setAccessible(true)|2|scripts cannot use reflection or method handles",
        "setSecurityManager|def s = [System][0]\\ns.setSecurityManager(null)|2|scripts cannot change the sandbox",
        "metaclass on a JDK class|Integer.metaClass.path = { -> [System][0].getenv('PATH') }\\nprint(5.path())|1|scripts cannot read the environment",
        "in a spawned thread|task.spawn {\\n  [System][0].exit(3)\\n}|2|scripts cannot end the process",
    })
    void refusedAtRunTime(String attempt, String source, int line, String refusal) throws Exception {
        Path marker = dir.resolve("marker");
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Stranger", "def MARKER = '" + marker + "'\n" + lines(source));
        p.script("ServerScriptService.After", "print('still here')");
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("ServerScriptService.Stranger:" + (line + 1), errors.get(0).location(), p.output());
        assertEquals(refusal, errors.get(0).text(), p.output());
        assertFalse(JAVA_NAMES.matcher(errors.get(0).text()).find(), p.output());
        assertFalse(Files.exists(marker), "the attempt had its effect");
        assertFalse(p.prints().contains("thread ran"), p.output());
        assertEquals("still here", p.prints().get(p.prints().size() - 1), p.output());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "file read|def F = Class.forName('java.io.File')\\nprint(F.newInstance('/etc/passwd').text)|scripts cannot open files",
        "exit|def s = [System][0]\\ns.exit(3)|scripts cannot end the process",
        "thread|def T = [Thread][0]\\nT.start { print('thread ran') }|scripts cannot start Java threads",
    })
    void refusedInTheParallelPhaseOfAnActor(String attempt, String source, String refusal) throws Exception {
        PlaceRun p = new PlaceRun();
        p.instance("ServerScriptService.Worker", "Actor");
        p.script("ServerScriptService.Worker.Job", "task.desynchronize()\n" + lines(source));
        p.runToEnd();
        List<OutputMessage> errors = p.errors();
        assertEquals(1, errors.size(), p.output());
        assertEquals("ServerScriptService.Worker.Job:3", errors.get(0).location(), p.output());
        assertEquals(refusal, errors.get(0).text(), p.output());
        assertFalse(p.prints().contains("thread ran"), p.output());
    }
}
