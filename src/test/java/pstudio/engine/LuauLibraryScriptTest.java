package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Luau library as scripts use it, seen through what they print. */
class LuauLibraryScriptTest {

    private static PlaceRun run(String source) throws InterruptedException {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", source);
        return p.runToEnd();
    }

    private static List<String> prints(String source) throws InterruptedException {
        PlaceRun p = run(source);
        assertEquals(List.of(), p.errors(), p.output());
        return p.prints();
    }

    private static String error(String source) throws InterruptedException {
        PlaceRun p = run(source);
        assertEquals(1, p.errors().size(), p.output());
        return p.errors().get(0).location() + ": " + p.errors().get(0).text();
    }

    @Test
    void numbersPrintAsLuauPrintsThem() throws Exception {
        assertEquals(List.of("2 0.30000000000000004 inf -inf nan nil true", "[1, 2, 0.5]"), prints(
                "print(2.0d, 0.1d + 0.2d, math.huge, -math.huge, 0.0d / 0.0d, null, true)\n"
                + "print([1, 2.0d, 0.5d])\n"));
    }

    @Test
    void mathFunctionsGiveLuausResultsAndWholeResultsIndexLists() throws Exception {
        assertEquals(List.of("3 -3 3 -4 1.4142135623730951 3.141592653589793", "c", "5 2.5 10 -1",
                        "0.48397532105446 0.15315161645412 0"),
                prints("print(math.round(2.5), math.round(-2.5), math.floor(3.7), math.floor(-3.5), math.sqrt(2), math.pi)\n"
                        + "def letters = ['a', 'b', 'c']\n"
                        + "print(letters[math.floor(2.9)])\n"
                        + "print(math.max(1, 5, 3), math.min(4, 2.5), math.clamp(15, 0, 10), math.sign(-0.5))\n"
                        + "print(string.format('%.14g %.14g', math.noise(1.158, 5.723), math.noise(1.158, 6)), math.noise(1, 2, 3))\n"));
    }

    @Test
    void aSeededGeneratorRepeatsItsSequence() throws Exception {
        List<String> out = prints("math.randomseed(7)\n"
                + "def first = (1..5).collect { math.random(1, 6) }\n"
                + "math.randomseed(7)\n"
                + "def again = (1..5).collect { math.random(1, 6) }\n"
                + "print(first == again, first.every { it >= 1 && it <= 6 }, typeof(first[0]))\n"
                + "def r = math.random()\n"
                + "print(r >= 0 && r < 1)\n");
        assertEquals(List.of("true true number", "true"), out);
    }

    @Test
    void stringFunctionsAndPatterns() throws Exception {
        assertEquals(List.of("  3.14|42|ff|1e+20|0.0001", "[7, 9] [key, value] world", "one,two,three",
                        "hell0 w0rld", "ell HELLO [a, b, , c]"),
                prints("print(string.format('%6.2f|%d|%x|%g|%g', 3.14159, 42, 255, 1e20, 0.0001))\n"
                        + "print(string.find('hello world', 'wor+'), string.match('key=value', '(%w+)=(%w+)'), "
                        + "string.match('hello world', '%a+$'))\n"
                        + "def words = []\n"
                        + "for (w in string.gmatch('one two three', '%a+')) { words << w }\n"
                        + "print(table.concat(words, ','))\n"
                        + "print(string.gsub('hello world', 'o', '0'))\n"
                        + "print(string.sub('hello', 2, -2), string.upper('hello'), string.split('a,b,,c', ','))\n"));
    }

    @Test
    void tableFunctionsUseOneBasedPositions() throws Exception {
        assertEquals(List.of("[0, 1, 2, 3, 4]", "3 4", "0-1-2-3", "[40, 30, 10]"),
                prints("def list = [3, 1, 2]\n"
                        + "table.sort(list)\n"
                        + "table.insert(list, 4)\n"
                        + "table.insert(list, 1, 0)\n"
                        + "print(list)\n"
                        + "print(table.find(list, 2), table.remove(list))\n"
                        + "print(table.concat(list, '-'))\n"
                        + "def shared = SharedTable.new([30, 10])\n"
                        + "table.insert(shared, 1, 40)\n"
                        + "print(shared)\n"));
    }

    @Test
    void globalsNameTypesAsRobloxDoes() throws Exception {
        assertEquals(List.of("nil number string boolean function table table thread SharedTable Instance",
                        "userdata userdata", "16 12 nil 255 nil", "2 nil"),
                prints("print(typeof(null), typeof(1), typeof('s'), typeof(true), typeof({ -> }), typeof([]), "
                        + "typeof(math), typeof(task.defer({ -> })), typeof(SharedTable.new()), typeof(game))\n"
                        + "print(type(game), type(SharedTable.new()))\n"
                        + "print(tonumber('0x10'), tonumber(' 12 '), tonumber('12a'), tonumber('ff', 16), tonumber(null))\n"
                        + "print(tostring(2.0d), tostring(null))\n"));
    }

    @Test
    void timeFunctions() throws Exception {
        assertEquals(List.of("true true true", "86400"),
                prints("def c = os.clock()\n"
                        + "print(os.time() > 1700000000, tick() > 1700000000, os.clock() >= c)\n"
                        + "print(os.time([year: 1970, month: 1, day: 2, hour: 0]))\n"));
    }

    @Test
    void argumentErrorsNameTheArgumentAndShowTheValue() throws Exception {
        assertEquals("ServerScriptService.Main:2: invalid argument #1 to 'floor' (number expected, got string '5')",
                error("def x = '5'\nmath.floor(x)\n"));
        assertEquals("ServerScriptService.Main:1: invalid argument #2 to 'clamp' (number expected, got nil)",
                error("math.clamp(1, null, 3)\n"));
    }

    @Test
    void anUnknownMemberOrGlobalKeepsAClearError() throws Exception {
        assertEquals("ServerScriptService.Main:1: foo is not a valid member of math", error("print(math.foo)\n"));
        assertEquals("ServerScriptService.Main:1: bar is not a valid member of string", error("string.bar('x')\n"));
        assertEquals("ServerScriptService.Main:1: 'nosuch' is not defined", error("print(nosuch.floor(1))\n"));
    }

    @Test
    void stopEndsAPatternThatWouldBacktrackForYears() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", "print('matching')\n"
                + "string.find('a'.multiply(40), 'a?'.multiply(40) + 'a'.multiply(40) + 'b')\n"
                + "print('never')\n");
        p.start(RunOptions.defaults());
        long deadline = System.currentTimeMillis() + 20_000;
        while (!p.prints().contains("matching") && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        assertEquals(RunState.RUNNING, p.run.state(), p.output());
        assertTrue(p.run.stop(), "every thread of the run stopped\n" + p.output());
        assertEquals(List.of("matching"), p.prints());
        assertEquals(List.of(), p.errors(), "stopping is not a script error");
    }

    @Test
    void noJavaOrGeneratedNamesReachTheOutput() throws Exception {
        List<String> out = prints("class Point { int x }\n"
                + "print(new Point(x: 1), task.defer({ -> }), math)\n");
        assertEquals(1, out.size());
        assertTrue(out.get(0).matches("userdata: 0x[0-9a-f]{8} thread: 0x[0-9a-f]{8} math"), out.get(0));
        assertFalse(out.get(0).contains("pstudio"));
    }
}
