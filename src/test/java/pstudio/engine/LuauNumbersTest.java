package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scripts compute with numbers as Luau does: floating division, power written {@code ^}, floored
 * modulo, doubles for decimal literals, whole numbers that do not wrap, and Luau's messages for
 * arithmetic on what is not a number. Values are printed through {@code '' + x}, which formats
 * them as Luau's tostring does.
 */
class LuauNumbersTest {

    private static List<String> printsOf(String source) throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Numbers", source);
        p.runToEnd();
        assertEquals(List.of(), p.errors(), p.output());
        return p.prints();
    }

    private static OutputMessage onlyErrorOf(String source) throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Numbers", source);
        p.runToEnd();
        assertEquals(1, p.errors().size(), p.output());
        return p.errors().get(0);
    }

    @Test
    void caretIsPowerWithLuausPrecedenceAndRightAssociativity() throws Exception {
        assertEquals(List.of("512", "-4", "16", "64", "0.001953125", "25", "0.125", "true"), printsOf(
                "print('' + 2^3^2)\n"
                + "print('' + -2^2)\n"
                + "print('' + 2^3*2)\n"
                + "print('' + (2^3)^2)\n"
                + "print('' + 2^-3^2)\n"
                + "def x = 5\n"
                + "x ^= 2\n"
                + "print('' + x)\n"
                + "print('' + 2**-3)\n"
                + "print(2^3 == 8.0d)\n"));
    }

    @Test
    void caretInStringsCommentsAndSlashyRegexesIsLeftAlone() throws Exception {
        assertEquals(List.of("x^y", "^a", "true", "false", "^4"), printsOf(
                "print('x^y') // a ^ in a comment\n"
                + "/* and ^ here */ print(/^a/)\n"
                + "print('abc' ==~ /^a.c$/)\n"
                + "print('xabc' ==~ /^a.c$/)\n"
                + "print(\"^${2^2}\")\n"));
    }

    @Test
    void compileErrorsAfterACaretKeepTheUsersColumns() {
        String line = "def a = 2^3^2; def b = (1 + )";
        List<CompileProblem> problems = ScriptCompiler.shared().check("print(1)\n" + line, "Numbers");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).line());
        assertEquals(line.indexOf('+') + 1, problems.get(0).column(), problems.toString());

        String exit = "def a = 2^2^2; System.exit(1)";
        problems = ScriptCompiler.shared().check(exit, "Numbers");
        assertEquals(exit.indexOf("System") + 1, problems.get(0).column(), problems.toString());
    }

    @Test
    void compileErrorsOfARunAfterACaretKeepTheUsersColumns() {
        String line = "def a = 2 ^ 3; int x = 'b' ^ ; y";
        ScriptCompileException e = org.junit.jupiter.api.Assertions.assertThrows(ScriptCompileException.class,
                () -> ScriptCompiler.shared().compile(line, "Numbers"));
        assertEquals(line.indexOf(';', 14) + 1, e.problems().get(0).column(), e.problems().toString());
    }

    @Test
    void divisionIsFloatingAndNeverThrows() throws Exception {
        assertEquals(List.of("true", "true", "0.5", "inf", "-inf", "true", "true"), printsOf(
                "print(1/3 == 1.0d/3.0d)\n"
                + "print(4/2 == 2.0d && (4/2) instanceof Double)\n"
                + "print('' + 1/2)\n"
                + "print('' + 1/0)\n"
                + "print('' + -1/0)\n"
                + "def z = 0/0\n"
                + "print(z != z || Double.isNaN(z))\n"
                + "int i = 7\n"
                + "print(i / 2 == 3.5d)\n"));
    }

    @Test
    void decimalLiteralsAreDoubles() throws Exception {
        assertEquals(List.of("true", "0.30000000000000004", "Double"), printsOf(
                "print(0.1 + 0.2 == 0.30000000000000004d)\n"
                + "def a = 0.1\n"
                + "print('' + (a + 0.2))\n"
                + "print(1.5.getClass().simpleName)\n"));
    }

    @Test
    void wholeNumbersDoNotWrapAt2To31() throws Exception {
        assertEquals(List.of("5000050000", "2147483648", "2147483648", "-2147483649", "4611686014132420609",
                "2147483648 2147483648"), printsOf(
                "def s = 0; for (i in 1..100000) { s += i }\n"
                + "print('' + s)\n"
                + "print('' + (Integer.MAX_VALUE + 1))\n"
                + "def c = Integer.MAX_VALUE\n"
                + "c++\n"
                + "print('' + c)\n"
                + "def d = Integer.MIN_VALUE\n"
                + "print('' + (--d))\n"
                + "def m = Integer.MAX_VALUE\n"
                + "print('' + m * m)\n"
                + "print('' + (2147483647 + 1) + ' ' + -(-2147483648))\n"));
    }

    @Test
    void stepsGiveTheOldValueAfterAndTheNewValueBefore() throws Exception {
        assertEquals(List.of("2147483647 2147483648", "2147483649 2147483649"), printsOf(
                "def i = Integer.MAX_VALUE\n"
                + "def old = i++\n"
                + "print('' + old + ' ' + i)\n"
                + "def now = ++i\n"
                + "print('' + now + ' ' + i)\n"));
    }

    @Test
    void moduloIsFlooredAsInLuau() throws Exception {
        assertEquals(List.of("2", "1.5", "0.5", "2", "2"), printsOf(
                "print('' + -1 % 3)\n"
                + "print('' + 5.5 % 2)\n"
                + "print('' + -5.5 % 2)\n"
                + "int i = -7\n"
                + "print('' + i % 3)\n"
                + "def j = 8\n"
                + "j %= 3\n"
                + "print('' + j)\n"));
    }

    @Test
    void wholeResultsOfDivisionStillIndexListsAndBoundRanges() throws Exception {
        assertEquals(List.of("Double", "50", "[1, 2, 3, 4, 5]", "5", "[1, 2]"), printsOf(
                "def n = 10\n"
                + "print((n/2).getClass().simpleName)\n"
                + "def list = (0..9).collect { it * 10 }\n"
                + "print('' + list[n/2])\n"
                + "def seen = []\n"
                + "for (i in 1..n/2) { seen << i }\n"
                + "print('' + seen)\n"
                + "def times = 0\n"
                + "(n/2).times { times++ }\n"
                + "print('' + times)\n"
                + "print('' + (1..5/2).toList())\n"));
    }

    @Test
    void typedCodeKeepsItsTypes() throws Exception {
        assertEquals(List.of("3", "-2147483648", "6000000000", "5", "Integer", "9"), printsOf(
                "int x = 7\n"
                + "x /= 2\n"
                + "print('' + x)\n"
                + "int top = Integer.MAX_VALUE\n"
                + "top += 1\n"
                + "print('' + top)\n"
                + "long big = 3000000000L\n"
                + "print('' + big * 2)\n"
                + "double s = 0\n"
                + "for (int k = 1; k <= 4; k++) { s += k / 2 }\n"
                + "print('' + s)\n"
                + "int i = 2\n"
                + "def product = i * 3\n"
                + "print(product.getClass().simpleName)\n"
                + "double acc = 0\n"
                + "def untyped = 3\n"
                + "acc += untyped\n"
                + "acc *= untyped\n"
                + "print('' + acc)\n"));
    }

    @Test
    void plusWithAStringJoinsFormattedValues() throws Exception {
        assertEquals(List.of("n=2", "d=2", "0.5 s", "a1", "list [1, 0.5]", "x=nil"), printsOf(
                "print('n=' + 4/2)\n"
                + "print('d=' + 2.0d)\n"
                + "double t = 0.5\n"
                + "print(t + ' s')\n"
                + "print('a' + 1)\n"
                + "print('list ' + [1, 1/2])\n"
                + "def x = null\n"
                + "print('x=' + x)\n"));
    }

    @Test
    void gstringValuesAreFormattedAsTostringAndLazyValuesStayLazy() throws Exception {
        assertEquals(List.of("2 3 0.5", "later"), printsOf(
                "print(\"${8 ** (1/3)} ${27^(1/3)} ${1/2}\")\n"
                + "def word = 'now'\n"
                + "def lazy = \"${-> word}\"\n"
                + "word = 'later'\n"
                + "print(lazy)\n"));
    }

    @Test
    void compoundAssignmentsOnElementsAndPropertiesEvaluateTheirTargetOnce() throws Exception {
        assertEquals(List.of("90", "[1.5, -1]", "calls 1 [2.25, -1]", "25"), printsOf(
                "def m = [a: 1]\n"
                + "m.a += 2\n"
                + "m.a ^= 2\n"
                + "m['a'] *= 10\n"
                + "print('' + m.a)\n"
                + "def l = [1, 2]\n"
                + "l[0] += 0.5\n"
                + "l[1] %= -3\n"
                + "print('' + l)\n"
                + "def calls = 0\n"
                + "def pick = { calls++; l }\n"
                + "pick()[0] ^= 2\n"
                + "print('calls ' + calls + ' ' + l)\n"
                + "def box = [n: 5]\n"
                + "def boxes = { box }\n"
                + "boxes().n ^= 2\n"
                + "print('' + box.n)\n"));
    }

    @Test
    void comparisonsAreNumericOrLexicographicAndNanIsUnordered() throws Exception {
        assertEquals(List.of("true true true false", "false false"), printsOf(
                "def a = 2; def b = 2.5; def s = 'abc'\n"
                + "print('' + (a < b) + ' ' + (s < 'abd') + ' ' + (a >= 2.0) + ' ' + (b <= a))\n"
                + "def nan = 0/0\n"
                + "print('' + (1 < nan) + ' ' + (nan <= 1))\n"));
    }

    @Test
    void arithmeticOnNilSaysSoAtItsLine() throws Exception {
        OutputMessage e = onlyErrorOf("def x = null\nprint(x / 2)");
        assertEquals("attempt to perform arithmetic on a nil value", e.text());
        assertEquals("ServerScriptService.Numbers:2", e.location());
        assertEquals("attempt to perform arithmetic on a nil value", onlyErrorOf("def t = [:]\nt.count += 1").text());
        assertEquals("attempt to perform arithmetic on a nil value", onlyErrorOf("def x\nx++").text());
        assertEquals("attempt to perform arithmetic on a string value", onlyErrorOf("def s = 'a'\ns++").text());
    }

    @Test
    void arithmeticOnOtherValuesNamesTheirType() throws Exception {
        assertEquals("attempt to perform arithmetic on a boolean value", onlyErrorOf("print(true + 1)").text());
        assertEquals("attempt to perform arithmetic on a table value", onlyErrorOf("print([1] / 2)").text());
        assertEquals("attempt to perform arithmetic on a table value", onlyErrorOf("print([1] - null)").text());
        assertEquals("attempt to perform arithmetic on a string value", onlyErrorOf("print('a' - 1)").text());
        assertEquals("attempt to perform arithmetic on a nil value", onlyErrorOf("def x = null\nprint(-x)").text());
        assertEquals("attempt to perform arithmetic on a string value", onlyErrorOf("double s = 0\ns += 'a'").text());
    }

    @Test
    void groovysOwnOperatorsStillWorkOnGroovysOwnValues() throws Exception {
        assertEquals(List.of("[1, 2]", "[1, 3]", "[1, 1]", "ac", "ababab", "[a:1, b:2]", "true"),
                printsOf("print([1] + [2])\nprint([1, 2, 3] - 2)\nprint([1] * 2)\nprint('abc' - 'b')\n"
                        + "print('ab' * 3)\nprint([a: 1] + [b: 2])\n"
                        + "print(new Date(0) < new Date(1000))"));
    }

    @Test
    void comparingNilSaysWhatWasCompared() throws Exception {
        assertEquals("attempt to compare nil < number", onlyErrorOf("def x = null\nprint(x < 1)").text());
        assertEquals("attempt to compare number < string", onlyErrorOf("print(1 < '2')").text());
    }
}
