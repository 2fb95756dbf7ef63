package pstudio.engine.datatypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pstudio.engine.ScriptError;

/** Vector2's maths against known values, its printing and its argument errors. */
class Vector2Test {
    private static final DatatypeLibrary LIBRARY = Vector2.library();

    private static Vector2 v(Object... args) {
        return (Vector2) LIBRARY.call("new", args);
    }

    @Test
    void magnitudeUnitDotCrossAndLerpGiveKnownValues() {
        Vector2 a = v(3, 4);
        assertEquals(5.0, a.getMagnitude());
        assertEquals(v(0.6, 0.8), a.getUnit());
        assertEquals(11.0, a.Dot(v(1, 2)));
        assertEquals(1.0, v(1, 0).Cross(v(0, 1)));
        assertEquals(-1.0, v(0, 1).Cross(v(1, 0)));
        assertEquals(v(2.5, 5), v(0, 0).Lerp(v(10, 20), 0.25));
        assertEquals(Math.PI / 2, v(1, 0).Angle(v(0, 1)), 1e-15);
        assertEquals(-Math.PI / 2, v(0, 1).Angle(v(1, 0), true), 1e-15);
        assertTrue(v(1, 1).FuzzyEq(v(1, 1.000001)));
        assertFalse(v(1, 1).FuzzyEq(v(1, 1.001)));
    }

    @Test
    void operatorsWorkWithVectorsAndNumbersOnEitherSide() {
        Vector2 a = v(3, 4);
        assertEquals(v(4, 6), a.plus(v(1, 2)));
        assertEquals(v(2, 2), a.minus(v(1, 2)));
        assertEquals(v(6, 8), a.multiply(2));
        assertEquals(v(3, 8), a.multiply(v(1, 2)));
        assertEquals(v(1.5, 2), a.div(2));
        assertEquals(v(12, 9), v(1, 2).dividing(12).multiply(v(1, 1.5)).plus(v(0, 0)));
        assertEquals(v(-3, -4), a.negative());
        assertEquals(v(6, 8), a.multipliedBy(2));
    }

    @Test
    void printsAsRobloxDoesAndConstantsAreTheRobloxOnes() {
        assertEquals("1, 2", v(1, 2).toString());
        assertEquals("0.5, -0.25", v(0.5, -0.25).toString());
        assertEquals("0, 0", v().toString());
        assertEquals(v(1, 1), LIBRARY.getProperty("one"));
        assertEquals(v(1, 0), LIBRARY.getProperty("xAxis"));
        assertEquals(v(0, 1), LIBRARY.getProperty("yAxis"));
        assertEquals(v(0, 0), LIBRARY.getProperty("zero"));
    }

    @Test
    void wrongArgumentsSayWhichArgumentAndWhatWasGiven() {
        assertEquals("invalid argument #2 to 'new' (number expected, got string 'a')",
                assertThrows(ScriptError.class, () -> v(1, "a")).getMessage());
        assertEquals("invalid argument #1 to 'Dot' (Vector2 expected, got number 5)",
                assertThrows(ScriptError.class, () -> v(1, 2).Dot(5)).getMessage());
        assertEquals("attempt to perform arithmetic (add) on Vector2 and number",
                assertThrows(ScriptError.class, () -> v(1, 2).plus(1)).getMessage());
        assertEquals("Vector2.new takes at most 2 arguments (x, y), not 3",
                assertThrows(ScriptError.class, () -> v(1, 2, 3)).getMessage());
        assertEquals("Length is not a valid member of Vector2",
                assertThrows(ScriptError.class, () -> LIBRARY.getProperty("Length")).getMessage());
    }
}
