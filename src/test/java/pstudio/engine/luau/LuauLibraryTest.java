package pstudio.engine.luau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.Closure;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pstudio.engine.ScriptError;

/** A library object as scripts use it: Luau names, adapted arity, constants, clear errors; and the static lookup. */
class LuauLibraryTest {
    private final Map<String, Object> globals = new HashMap<>();

    LuauLibraryTest() {
        LuauLibraries.install(globals);
    }

    private LuauLibrary library(String name) {
        return (LuauLibrary) globals.get(name);
    }

    @Test
    void everyLibraryIsInstalledUnderItsLuauName() {
        assertEquals(List.of("bit32", "math", "os", "string", "table"), globals.keySet().stream().sorted().toList());
    }

    @Test
    void callsReachTheFunctionOfThatName() {
        assertEquals(3, library("math").invokeMethod("floor", new Object[] {3.7}));
        assertEquals("Hi", library("string").invokeMethod("char", new Object[] {72, 105}));
        assertEquals(66, library("string").invokeMethod("byte", new Object[] {"AB", 2}));
    }

    @Test
    void missingArgumentsAreNilAndExtraOnesAreDropped() {
        assertEquals(0.0, library("math").invokeMethod("noise", new Object[] {1.0}));
        assertEquals(2, library("math").invokeMethod("floor", new Object[] {2.5, "ignored", 7}));
        ScriptError e = assertThrows(ScriptError.class, () -> library("math").invokeMethod("floor", new Object[0]));
        assertEquals("invalid argument #1 to 'floor' (number expected, got nil)", e.getMessage());
    }

    @Test
    void theArgumentCountChoosesBetweenOverloads() {
        List<Object> list = new ArrayList<>(List.of("a", "b"));
        library("table").invokeMethod("insert", new Object[] {list, "c"});
        library("table").invokeMethod("insert", new Object[] {list, 1, "z"});
        assertEquals(List.of("z", "a", "b", "c"), list);
        assertEquals(List.of(65, 66), library("string").invokeMethod("byte", new Object[] {"AB", 1, 2}));
    }

    @Test
    void constantsAreReadOnlyProperties() {
        assertEquals(Math.PI, library("math").getProperty("pi"));
        assertEquals(Double.POSITIVE_INFINITY, library("math").getProperty("huge"));
        ScriptError e = assertThrows(ScriptError.class, () -> library("math").setProperty("pi", 3));
        assertEquals("cannot set math.pi: the math library is read-only", e.getMessage());
    }

    @Test
    void anUnknownMemberIsNamedWithItsLibrary() {
        ScriptError call = assertThrows(ScriptError.class, () -> library("math").invokeMethod("foo", new Object[0]));
        assertEquals("foo is not a valid member of math", call.getMessage());
        ScriptError read = assertThrows(ScriptError.class, () -> library("string").getProperty("bar"));
        assertEquals("bar is not a valid member of string", read.getMessage());
    }

    @Test
    void aFunctionReadAsAPropertyIsAFunctionValue() {
        Object floor = library("math").getProperty("floor");
        assertTrue(floor instanceof Closure<?>);
        assertEquals("function", LuauValues.typeof(floor));
        assertEquals(2, ((Closure<?>) floor).call(2.9));
        assertEquals(5, ((Closure<?>) library("math").getProperty("max")).call(1, 5, 3));
    }

    @Test
    void theStaticLookupFindsTheMethodACallWouldRun() throws Exception {
        Method floor = LuauLibraries.staticFunction("math", "floor", 1);
        assertEquals(MathLibrary.class.getMethod("floor", Object.class), floor);
        assertEquals(4, floor.invoke(null, 4.5));

        Method noise = LuauLibraries.staticFunction("math", "noise", 2);
        assertEquals(3, noise.getParameterCount(), "the rewrite passes nil for z");
        assertEquals(0.0, noise.invoke(null, 1, 2, null));

        Method max = LuauLibraries.staticFunction("math", "max", 4);
        assertTrue(max.isVarArgs());
        assertEquals(9, max.invoke(null, 1, new Object[] {9, 3, 2}));

        Method insertAt = LuauLibraries.staticFunction("table", "insert", 3);
        assertEquals(3, insertAt.getParameterCount());
        assertEquals(2, LuauLibraries.staticFunction("table", "insert", 2).getParameterCount());
        assertEquals(StringLibrary.class.getMethod("fromCodes", Object[].class),
                LuauLibraries.staticFunction("string", "char", 2));
    }

    @Test
    void theStaticLookupSaysNullWhereTheCallMustStayDynamic() {
        assertNull(LuauLibraries.staticFunction("math", "random", 0), "per-run state");
        assertNull(LuauLibraries.staticFunction("math", "random", 2), "per-run state");
        assertNull(LuauLibraries.staticFunction("math", "floor", 2), "an extra argument to drop");
        assertNull(LuauLibraries.staticFunction("math", "foo", 1));
        assertNull(LuauLibraries.staticFunction("task", "wait", 1));
    }
}
