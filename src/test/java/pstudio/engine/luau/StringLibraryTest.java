package pstudio.engine.luau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.ScriptError;
import pstudio.engine.SharedTable;

/** The parts of the string library a script uses beyond single calls (most calls are in LuauReferenceTest). */
class StringLibraryTest {

    @Test
    void gmatchIsBothALoopAndAFunction() {
        List<Object> words = new ArrayList<>();
        for (Object w : (Iterable<?>) StringLibrary.gmatch("one two  three", "%a+")) {
            words.add(w);
        }
        assertEquals(List.of("one", "two", "three"), words);
        Closure<?> next = (Closure<?>) StringLibrary.gmatch("k1=v1, k2=v2", "(%w+)=(%w+)");
        assertEquals(List.of("k1", "v1"), next.call());
        assertEquals(List.of("k2", "v2"), next.call());
        assertNull(next.call());
        assertEquals("function", LuauValues.typeof(next));
    }

    @Test
    void gmatchMovesOnAfterAnEmptyMatch() {
        List<Object> found = new ArrayList<>();
        for (Object m : (Iterable<?>) StringLibrary.gmatch("ab", "x*")) {
            found.add(m);
        }
        assertEquals(List.of("", "", ""), found);
    }

    @Test
    void gsubLooksUpASharedTable() {
        SharedTable names = new SharedTable();
        names.putAt("who", "world");
        assertEquals("hello world, $nobody", StringLibrary.gsub("hello $who, $nobody", "%$(%w+)", names, null));
    }

    @Test
    void formatWritesHexadecimalFloatingPointAsC() {
        assertEquals("0x1.8p+1|0x1p-1|-0x1.6p+1|0x0p+0", StringLibrary.format("%a|%a|%a|%a", 3.0, 0.5, -2.75, 0.0));
        assertEquals("0X1.99AP-4", StringLibrary.format("%.3A", 0.1));
    }

    @Test
    void aDeepPatternIsLuausErrorNotAStackOverflow() {
        // as in Luau: 250 nested optional items are too deep, 150 are fine
        ScriptError e = assertThrows(ScriptError.class,
                () -> StringLibrary.find("a".repeat(250), "a?".repeat(250), null, null));
        assertEquals("pattern too complex", e.getMessage());
        assertEquals(List.of(1, 150), StringLibrary.find("a".repeat(150), "a?".repeat(150), null, null));
    }
}
