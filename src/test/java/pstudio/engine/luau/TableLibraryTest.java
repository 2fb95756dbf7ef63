package pstudio.engine.luau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import groovy.lang.Closure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import pstudio.engine.ScriptError;
import pstudio.engine.SharedTable;

/** table.* with Luau's 1-based positions, on Groovy lists and on SharedTables. */
class TableLibraryTest {

    private static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private static Closure<Object> fn(java.util.function.BiFunction<Object, Object, Object> body) {
        return new Closure<>(null) {
            @Override
            public Object call(Object... args) {
                return body.apply(args[0], args[1]);
            }
        };
    }

    @Test
    void insertAppendsOrPutsAtAOneBasedPosition() {
        List<Object> t = list("b");
        TableLibrary.insert(t, "c");
        TableLibrary.insert(t, 1, "a");
        TableLibrary.insert(t, 4, "d");
        assertEquals(List.of("a", "b", "c", "d"), t);
        ScriptError e = assertThrows(ScriptError.class, () -> TableLibrary.insert(t, 9, "x"));
        assertEquals("invalid argument #2 to 'insert' (position out of bounds)", e.getMessage());
        assertEquals("wrong number of arguments to 'insert'",
                assertThrows(ScriptError.class, () -> TableLibrary.insert(t)).getMessage());
    }

    @Test
    void removeTakesTheLastOrTheOneAtAPositionAndReturnsIt() {
        List<Object> t = list(1, 2, 3, 4);
        assertEquals(4, TableLibrary.remove(t, null));
        assertEquals(1, TableLibrary.remove(t, 1));
        assertEquals(List.of(2, 3), t);
        assertNull(TableLibrary.remove(t, 5));
        assertNull(TableLibrary.remove(list(), null));
    }

    @Test
    void concatJoinsStringsAndNumbersAsLuauWritesThem() {
        assertEquals("1, 2.5, x", TableLibrary.concat(list(1, 2.5, "x"), ", ", null, null));
        assertEquals("bc", TableLibrary.concat(list("a", "b", "c"), null, 2, 3));
        assertEquals("", TableLibrary.concat(list(), "-", null, null));
        ScriptError e = assertThrows(ScriptError.class, () -> TableLibrary.concat(list("a", true), "", null, null));
        assertEquals("invalid value (boolean) at index 2 in table for 'concat'", e.getMessage());
    }

    @Test
    void sortUsesLessThanOrTheGivenFunction() {
        List<Object> numbers = list(3, 1.5, 2, -1);
        TableLibrary.sort(numbers, null);
        assertEquals(List.of(-1, 1.5, 2, 3), numbers);
        List<Object> words = list("pear", "apple", "fig");
        TableLibrary.sort(words, fn((a, b) -> ((String) a).length() < ((String) b).length()));
        assertEquals(List.of("fig", "pear", "apple"), words);
        ScriptError mixed = assertThrows(ScriptError.class, () -> TableLibrary.sort(list(1, "a"), null));
        assertEquals("attempt to compare string < number", mixed.getMessage());
    }

    @Test
    void anInconsistentOrderFunctionIsLuausErrorNotJavas() {
        List<Object> values = new ArrayList<>();
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < 500; i++) {
            values.add(random.nextInt(1000));
        }
        Closure<Object> coin = fn((a, b) -> random.nextBoolean());
        ScriptError e = assertThrows(ScriptError.class, () -> TableLibrary.sort(values, coin));
        assertEquals("invalid order function for sorting", e.getMessage());
    }

    @Test
    void findReturnsTheOneBasedPositionOrNil() {
        List<Object> t = list("a", 2, "c", 2);
        assertEquals(2, TableLibrary.find(t, 2.0, null));
        assertEquals(4, TableLibrary.find(t, 2, 3));
        assertNull(TableLibrary.find(t, "z", null));
    }

    @Test
    void clearUnpackPackAndCreate() {
        List<Object> t = list(1, 2);
        TableLibrary.clear(t);
        assertEquals(List.of(), t);
        Map<String, Object> m = new HashMap<>(Map.of("a", 1));
        TableLibrary.clear(m);
        assertEquals(Map.of(), m);
        assertEquals(List.of(2, 3), TableLibrary.unpack(list(1, 2, 3), 2, null));
        assertEquals(Arrays.asList(1, null), TableLibrary.pack(1, null));
        assertEquals(List.of("x", "x", "x"), TableLibrary.create(3, "x"));
    }

    @Test
    void aSharedTablesArrayPartWorksToo() {
        SharedTable t = SharedTable.from(List.of(30, 10));
        TableLibrary.insert(t, 20);
        TableLibrary.insert(t, 1, 40);
        assertEquals("[40, 30, 10, 20]", t.toString());
        TableLibrary.sort(t, null);
        assertEquals("[10, 20, 30, 40]", t.toString());
        assertEquals(3, TableLibrary.find(t, 30, null));
        assertEquals("10 20 30 40", TableLibrary.concat(t, " ", null, null));
        assertEquals(10, TableLibrary.remove(t, 1));
        assertEquals(List.of(20, 30, 40), TableLibrary.unpack(t, null, null));
        TableLibrary.clear(t);
        assertEquals(0, t.size());
    }

    @Test
    void appendsFromManyThreadsToOneSharedTableAllArrive() throws Exception {
        SharedTable t = new SharedTable();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 1; i <= 400; i++) {
            int value = i;
            pool.submit(() -> TableLibrary.insert(t, value));
        }
        pool.shutdown();
        assertEquals(true, pool.awaitTermination(60, TimeUnit.SECONDS));
        assertEquals(400, t.size());
        assertEquals(400, ((List<?>) TableLibrary.unpack(t, null, null)).stream().distinct().count());
    }

    @Test
    void aNonTableIsAnArgumentError() {
        ScriptError e = assertThrows(ScriptError.class, () -> TableLibrary.insert("abc", 1));
        assertEquals("invalid argument #1 to 'insert' (table expected, got string 'abc')", e.getMessage());
    }
}
