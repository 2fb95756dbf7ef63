package pstudio.engine.luau;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.ScriptError;

/** math: Luau's results, whole results as Integer/Long, any Java number accepted, Luau's generator. */
class MathLibraryTest {

    @Test
    void wholeResultsAreIntegersOrLongs() {
        assertEquals(3, MathLibrary.floor(new BigDecimal("3.7")));
        assertEquals(-4, MathLibrary.floor(-3.5f));
        assertEquals(4, MathLibrary.ceil(3.2));
        assertEquals(10_000_000_000L, MathLibrary.floor(1e10 + 0.5));
        assertEquals(1e300, MathLibrary.floor(1e300));
        assertEquals(Double.POSITIVE_INFINITY, MathLibrary.ceil(Double.POSITIVE_INFINITY));
        assertEquals(7L, MathLibrary.round(7L));
        assertEquals(-1, MathLibrary.sign(new BigDecimal("-0.5")));
        assertEquals(List.of(3, 0.75), MathLibrary.modf(3.75));
    }

    @Test
    void roundGoesHalfAwayFromZero() {
        assertEquals(3, MathLibrary.round(2.5));
        assertEquals(-3, MathLibrary.round(-2.5));
        assertEquals(0, MathLibrary.round(0.49999999999999994));
        assertEquals(1, MathLibrary.round(new BigDecimal("0.5")));
        assertEquals("-0", LuauFormat.tostring(MathLibrary.round(-0.4)));
    }

    @Test
    void minMaxAndClampReturnTheArgumentAsGiven() {
        assertEquals(5, MathLibrary.max(1, 5, 3));
        assertEquals(new BigDecimal("2.5"), MathLibrary.min(4, new BigDecimal("2.5"), 7));
        assertEquals(10, MathLibrary.clamp(15, 0, 10));
        ScriptError e = assertThrows(ScriptError.class, () -> MathLibrary.clamp(5, 10, 0));
        assertEquals("invalid argument #3 to 'clamp' (max must be greater than or equal to min)", e.getMessage());
        ScriptError none = assertThrows(ScriptError.class, () -> MathLibrary.max(null));
        assertEquals("invalid argument #1 to 'max' (number expected, got nil)", none.getMessage());
    }

    @Test
    void argumentErrorsShowTheValueAsWritten() {
        assertEquals("invalid argument #1 to 'floor' (number expected, got string '5')",
                assertThrows(ScriptError.class, () -> MathLibrary.floor("5")).getMessage());
        assertEquals("invalid argument #2 to 'pow' (number expected, got boolean true)",
                assertThrows(ScriptError.class, () -> MathLibrary.pow(2, true)).getMessage());
        assertEquals("invalid argument #1 to 'sqrt' (number expected, got table)",
                assertThrows(ScriptError.class, () -> MathLibrary.sqrt(List.of())).getMessage());
    }

    @Test
    void noiseIsRobloxsPerlinNoise() {
        // Roblox's documentation: math.noise(1.158, 5.723) is 0.48397532105446, math.noise(1.158, 6) 0.15315161645412
        assertEquals("0.48397532105446", String.format("%.14g", (Double) MathLibrary.noise(1.158, 5.723, null)));
        assertEquals("0.15315161645412", String.format("%.14g", (Double) MathLibrary.noise(1.158, 6, null)));
        assertEquals(0.0, MathLibrary.noise(1, 2, 3));
        assertEquals(MathLibrary.noise(0.3, 0.6, 0.9), MathLibrary.noise(256.3, 0.6, 0.9));
        for (double x = -3; x < 3; x += 0.173) {
            double n = (Double) MathLibrary.noise(x, x * 0.7, null);
            assertTrue(n >= -1 && n <= 1, "noise at " + x + " is " + n);
        }
    }

    @Test
    void aSeedGivesLuausSequence() {
        // what the Luau reference implementation prints after math.randomseed(42) and (-7)
        MathLibrary math = new MathLibrary();
        math.randomseed(42);
        assertEquals(56, math.random(1, 100));
        assertEquals(23, math.random(1, 100));
        assertEquals(0.9202737237894263, math.random());
        math.randomseed(-7);
        assertEquals(10, math.random(10));
        assertEquals(-1, math.random(-5, 5));
        assertEquals(1997026058, math.random(1, Integer.MAX_VALUE));
    }

    @Test
    void randomStaysInItsIntervalAndRefusesEmptyOnes() {
        MathLibrary math = new MathLibrary();
        for (int i = 0; i < 1000; i++) {
            int r = (Integer) math.random(3, 5);
            assertTrue(r >= 3 && r <= 5);
            double d = (Double) math.random();
            assertTrue(d >= 0 && d < 1);
        }
        assertEquals("invalid argument #1 to 'random' (interval is empty)",
                assertThrows(ScriptError.class, () -> math.random(0)).getMessage());
        assertEquals("invalid argument #2 to 'random' (interval is empty)",
                assertThrows(ScriptError.class, () -> math.random(5, 1)).getMessage());
        assertEquals("invalid argument #2 to 'random' (interval is too large)",
                assertThrows(ScriptError.class, () -> math.random(Integer.MIN_VALUE, Integer.MAX_VALUE)).getMessage());
    }
}
