package pstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes a user makes, each as an uncaught error and as a caught {@code e.message}: the message
 * is a sentence about the script, never a Java package, a Java exception class or a generated name.
 */
class MistakeCatalogueTest {
    private static final Pattern JAVA_PACKAGE = Pattern.compile("\\b(java|javax|groovy|org|pstudio|jdk|sun)\\.[a-z]");
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("[A-Z]\\w*(Exception|Error)\\b");
    private static final Pattern GENERATED = Pattern.compile("Script_[0-9a-f]{6}|_run_closure|closure\\d|doCall|\\$");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "wait(0.01); wait(); error('after wait')|after wait",
        "def x; x + 1|attempt to perform arithmetic",
        "undefinedThing + 1|'undefinedThing' is not defined",
        "undefinedFunction(1)|'undefinedFunction' is not a function",
        "script.Nope|Nope is not a valid member of Script ServerScriptService.Main",
        "script.Nope()|Nope is not a valid member of Script ServerScriptService.Main",
        "script.FindFirstChild(5)|invalid argument #1 to 'FindFirstChild' (string expected, got number 5)",
        "script.FindFirstChild()|invalid arguments to 'FindFirstChild'",
        "Instance.new('Foldr')|Unable to create an Instance of type \"Foldr\"",
        "def x = null; x.foo|attempt to index nil with 'foo'",
        "def x = null; x.foo()|attempt to index nil with 'foo'",
        "def m = [:]; m.a.b = 1|attempt to index nil",
        "[1, 2, 3].get(10)|index 10 is out of range",
        "Integer.parseInt('abc')|'abc' is not a number",
        "'abc' as int|'abc' is not a number",
        "int n = 'abc'|cannot convert string 'abc' to int",
        "throw new RuntimeException('boom')|boom",
        "error('boom')|boom",
        "task.wait('5')|invalid argument #1 to 'wait' (number expected, got string '5')",
        "wait('5')|invalid argument #1 to 'wait' (number expected, got string '5')",
        "task.nope()|nope is not a valid member of task",
        "require(5)|invalid argument #1 to 'require' (ModuleScript expected, got number 5)",
        "require(workspace)|invalid argument #1 to 'require' (ModuleScript expected, got Workspace Workspace)",
        "SharedTable.new(5)|invalid argument #1 to 'new' (table expected, got number 5)",
        "def t = SharedTable.new([:]); t.x = new Object()|SharedTable values must be",
        "def t = SharedTable.cloneAndFreeze(SharedTable.new([:])); t.x = 1|attempt to modify a frozen SharedTable",
        "script.Parent = 5|Parent must be an Instance or nil, not number 5",
        "script.Name = null|Name must be a string",
        "def f; f = { f() }; f()|stack overflow",
        "def f = { a -> a }; f(1, 2); error('extra arguments are dropped')|extra arguments are dropped",
        "Math.sqrt('x')|invalid argument",
        "'abc'.nope()|nope is not a valid member of string",
        "5.nope|nope is not a valid member of number",
        "def l = [1, 2]; for (v in l) l << v|changed while it was being looped over",
        "[1, 2].asImmutable() << 3|cannot be changed",
        "workspace.Destroy()|Cannot destroy Workspace Workspace",
        "SharedTable.update(SharedTable.new([:]), 'k')|invalid argument #3 to 'update' (function expected, got nil)",
        "game.GetService('Nope')|'Nope' is not a valid Service name",
        "def h = task.spawn { }; h.nope()|nope is not a valid member of thread",
        "script.WaitForChild()|invalid arguments to 'WaitForChild'",
        "print(new StringBuilder().append(null).insert(99, 'x'))|out of range",
        "adder = { a, b -> a + b }; adder(1)|this function takes 2 arguments, not 1 argument",
    })
    void everyMistakeIsASentenceAboutTheScript(String code, String expected) throws Exception {
        PlaceRun uncaught = new PlaceRun();
        uncaught.script("ServerScriptService.Main", code);
        uncaught.runToEnd();
        List<OutputMessage> errors = uncaught.errors();
        assertEquals(1, errors.size(), uncaught.output());
        String message = errors.get(0).text();
        assertTrue(message.contains(expected), message);
        assertEquals("ServerScriptService.Main", errors.get(0).script(), uncaught.output());
        assertClean(message);

        PlaceRun caught = new PlaceRun();
        caught.script("ServerScriptService.Main", "try {\n" + code + "\n} catch (Throwable e) {\nprint(e.message)\nprint(e)\n}");
        caught.runToEnd();
        assertTrue(caught.errors().isEmpty(), caught.output());
        List<String> prints = caught.prints();
        assertEquals(2, prints.size(), caught.output());
        assertTrue(prints.get(0).contains(expected), prints.get(0));
        assertClean(prints.get(0));
        assertClean(prints.get(1));
    }

    @org.junit.jupiter.api.Test
    void aScriptMethodCalledWithTheWrongArgumentsSaysHowManyItTakes() throws Exception {
        PlaceRun p = new PlaceRun();
        p.script("ServerScriptService.Main", "def twice(x) { x * 2 }\ntwice(1, 2)");
        p.runToEnd();
        assertEquals(1, p.errors().size(), p.output());
        assertEquals("'twice' takes 1 argument, not 2 arguments", p.errors().get(0).text());
        assertEquals("ServerScriptService.Main:2", p.errors().get(0).location());
    }

    private static void assertClean(String message) {
        assertFalse(JAVA_PACKAGE.matcher(message).find(), "a Java package: " + message);
        assertFalse(EXCEPTION_CLASS.matcher(message).find(), "a Java exception class: " + message);
        assertFalse(GENERATED.matcher(message).find(), "a generated name: " + message);
    }
}
