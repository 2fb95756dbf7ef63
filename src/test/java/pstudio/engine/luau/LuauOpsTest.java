package pstudio.engine.luau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.Closure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pstudio.engine.ScriptError;

/** Luau's arithmetic on script values: doubles in effect, whole numbers exact and never wrapping. */
class LuauOpsTest {

    /** A script value: calls with it reach the untyped operations, as untyped script code does. */
    private static Object v(Object value) {
        return value;
    }

    private static void assertError(String message, Executable op) {
        ScriptError e = assertThrows(ScriptError.class, op);
        assertEquals(message, e.getMessage());
    }

    @Test
    void wholeNumbersStayIntegersWhileTheyFit() {
        assertEquals(5, LuauOps.add(v(2), v(3)));
        assertEquals(-1, LuauOps.sub(v(2), v(3)));
        assertEquals(6, LuauOps.mul(v(2), v(3)));
        assertEquals(7, LuauOps.add(v(3L), v(4L)));
        assertEquals(Integer.class, LuauOps.add(v((short) 1), v((byte) 2)).getClass());
    }

    @Test
    void wholeNumbersPromoteInsteadOfWrapping() {
        assertEquals(2147483648L, LuauOps.add(v(Integer.MAX_VALUE), v(1)));
        assertEquals(-2147483649L, LuauOps.sub(v(Integer.MIN_VALUE), v(1)));
        assertEquals(4611686014132420609L, LuauOps.mul(v(Integer.MAX_VALUE), v(Integer.MAX_VALUE)));
        assertEquals(9.223372036854775807E18 + 1, LuauOps.add(v(Long.MAX_VALUE), v(1)));
        assertEquals(-9.223372036854775808E18 - 1, LuauOps.sub(v(Long.MIN_VALUE), v(1)));
        assertEquals(2.0 * Long.MAX_VALUE, LuauOps.mul(v(Long.MAX_VALUE), v(2)));
        assertEquals(Long.MIN_VALUE, LuauOps.mul(v(Long.MIN_VALUE / 2), v(2)));
        assertEquals(2147483648L, LuauOps.unm(v(Integer.MIN_VALUE)));
        assertEquals(9.223372036854775808E18, LuauOps.unm(v(Long.MIN_VALUE)));
        assertEquals(2147483648L, LuauOps.next(Integer.MAX_VALUE));
        assertEquals(-2147483649L, LuauOps.previous(Integer.MIN_VALUE));
    }

    @Test
    void anyOtherNumberGivesADouble() {
        assertEquals(0.30000000000000004, LuauOps.add(v(new BigDecimal("0.1")), v(new BigDecimal("0.2"))));
        assertEquals(3.5, LuauOps.add(v(1.5f), v(2)));
        assertEquals(1e20, LuauOps.mul(v(new BigInteger("100000000000")), v(1e9)));
        assertEquals(-2.5, LuauOps.unm(v(2.5)));
    }

    @Test
    void divisionIsAlwaysFloating() {
        assertEquals(1.0 / 3.0, LuauOps.div(v(1), v(3)));
        assertEquals(2.0, LuauOps.div(v(4), v(2)));
        assertEquals(Double.POSITIVE_INFINITY, LuauOps.div(v(1), v(0)));
        assertEquals(Double.NEGATIVE_INFINITY, LuauOps.div(v(-1), v(0)));
        assertTrue(Double.isNaN((Double) LuauOps.div(v(0), v(0))));
        assertEquals(2.5, LuauOps.div(v(5L), v(2L)));
    }

    @Test
    void moduloIsFloored() {
        assertEquals(2, LuauOps.mod(v(-1), v(3)));
        assertEquals(-1, LuauOps.mod(v(5), v(-3)));
        assertEquals(1.5, LuauOps.mod(v(5.5), v(2)));
        assertEquals(0.5, LuauOps.mod(v(-5.5), v(2)));
        assertTrue(Double.isNaN((Double) LuauOps.mod(v(5), v(0))));
        // typed operands keep their type
        assertEquals(2, LuauOps.mod(-7, 3));
        assertEquals(2L, LuauOps.mod(-7L, 3L));
        assertEquals(2.0, LuauOps.mod(-7.0, 3.0));
        assertError("attempt to perform 'n%0'", () -> LuauOps.mod(7, 0));
    }

    @Test
    void powerIsADoubleAndRootsOfCubesAreExact() {
        assertEquals(8.0, LuauOps.pow(v(2), v(3)));
        assertEquals(2.0, LuauOps.pow(v(8), v(LuauOps.div(v(1), v(3)))));
        assertEquals(3.0, LuauOps.pow(v(27), v(LuauOps.div(v(1), v(3)))));
        assertEquals(0.5, LuauOps.pow(v(2), v(-1)));
    }

    @Test
    void plusWithAStringJoinsAsTostringWrites() {
        assertEquals("a1", LuauOps.add("a", 1));
        assertEquals("1a", LuauOps.add(1, "a"));
        assertEquals("x2", LuauOps.add("x", 2.0));
        assertEquals("x0.30000000000000004", LuauOps.add("x", 0.1 + 0.2));
        assertEquals("xnil", LuauOps.add("x", null));
        assertEquals("ab", LuauOps.add("a", "b"));
    }

    @Test
    void arithmeticOnWhatIsNotANumberSaysWhatItWas() {
        assertError("attempt to perform arithmetic on a nil value", () -> LuauOps.add(null, 1));
        assertError("attempt to perform arithmetic on a nil value", () -> LuauOps.div(1, null));
        assertError("attempt to perform arithmetic on a nil value", () -> LuauOps.unm(null));
        assertError("attempt to perform arithmetic on a boolean value", () -> LuauOps.mul(true, 2));
        assertError("attempt to perform arithmetic on a string value", () -> LuauOps.sub("a", 1));
        assertError("attempt to perform arithmetic on a string value", () -> LuauOps.pow(2, "a"));
        assertError("attempt to perform arithmetic on a table value", () -> LuauOps.div(new ArrayList<>(), 1));
        assertEquals(java.util.List.of(1), LuauOps.add(new ArrayList<>(), 1), "a Groovy list still appends with +");
        assertError("attempt to perform arithmetic on a table value", () -> LuauOps.mod(new LinkedHashMap<>(), 1));
        Closure<Object> f = new Closure<>(null) {
        };
        assertError("attempt to perform arithmetic on a function value", () -> LuauOps.add(1, f));
        assertError("attempt to perform arithmetic on a userdata value", () -> LuauOps.add(new Object(), 1));
        assertError("attempt to perform arithmetic on a string value", () -> LuauOps.toDouble("1"));
        assertEquals(2.0, LuauOps.toDouble(2));
    }

    @Test
    void numbersCompareNumericallyAndStringsLexicographically() {
        assertTrue(LuauOps.lt(1, 2.5));
        assertTrue(LuauOps.le(2, 2.0));
        assertFalse(LuauOps.lt(Long.MAX_VALUE, Long.MAX_VALUE - 1));
        assertTrue(LuauOps.gt(Long.MAX_VALUE, Long.MAX_VALUE - 1));
        assertTrue(LuauOps.ge(3, 3));
        assertFalse(LuauOps.lt(Double.NaN, 1));
        assertFalse(LuauOps.ge(Double.NaN, 1));
        assertTrue(LuauOps.lt("a", "b"));
        assertTrue(LuauOps.le("abc", "abd"));
        assertFalse(LuauOps.lt("b", "a"));
    }

    @Test
    void comparingOtherValuesNamesBothTypesAsLuauDoes() {
        assertError("attempt to compare nil < number", () -> LuauOps.lt(null, 1));
        assertError("attempt to compare number <= nil", () -> LuauOps.le(1, null));
        // a > b is b < a
        assertError("attempt to compare number < nil", () -> LuauOps.gt(null, 1));
        assertError("attempt to compare number < string", () -> LuauOps.lt(1, "2"));
        assertError("attempt to compare boolean < boolean", () -> LuauOps.lt(false, true));
    }

    @Test
    void compoundUpdatesOfElementsAndPropertiesGoThroughGroovysOwnGetAndPut() {
        List<Object> list = new ArrayList<>(List.of(1, 2));
        assertEquals(2.5, LuauOps.updateAt(list, 1, LuauOps.ADD, 0.5));
        assertEquals(List.of(1, 2.5), list);
        Map<String, Object> map = new LinkedHashMap<>(Map.of("a", 7));
        assertEquals(3, LuauOps.updateProperty(map, "a", LuauOps.MOD, 4));
        assertEquals(9.0, LuauOps.updateAt(map, "a", LuauOps.POW, 2));
        assertEquals(Map.of("a", 9.0), map);
        assertError("attempt to perform arithmetic on a nil value", () -> LuauOps.updateAt(map, "b", LuauOps.SUB, 1));
    }
}
