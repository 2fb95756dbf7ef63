package pstudio.engine.datatypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pstudio.engine.ScriptError;

/** Vector3's maths against known values, its printing and its argument errors. */
class Vector3Test {
    private static final DatatypeLibrary LIBRARY = Vector3.library();

    static Vector3 v(Object... args) {
        return (Vector3) LIBRARY.call("new", args);
    }

    @Test
    void crossProductsOfTheAxesAndOfKnownVectors() {
        assertEquals(v(0, 0, 1), Vector3.X_AXIS.Cross(Vector3.Y_AXIS));
        assertEquals(v(1, 0, 0), Vector3.Y_AXIS.Cross(Vector3.Z_AXIS));
        assertEquals(v(0, 1, 0), Vector3.Z_AXIS.Cross(Vector3.X_AXIS));
        assertEquals(v(0, 0, -1), Vector3.Y_AXIS.Cross(Vector3.X_AXIS));
        assertEquals(v(-3, 6, -3), v(1, 2, 3).Cross(v(4, 5, 6)));
    }

    @Test
    void magnitudeUnitDotLerpAndAngle() {
        assertEquals(7.0, v(2, 3, 6).getMagnitude());
        assertEquals(v(2.0 / 7, 3.0 / 7, 6.0 / 7), v(2, 3, 6).getUnit());
        assertTrue(Double.isNaN(Vector3.ZERO.getUnit().getX()));
        assertEquals(32.0, v(1, 2, 3).Dot(v(4, 5, 6)));
        assertEquals(v(2.5, 5, -1), v(0, 0, 0).Lerp(v(10, 20, -4), 0.25));
        assertEquals(v(10, 20, -4), v(0, 0, 0).Lerp(v(10, 20, -4), 1));
        assertEquals(Math.PI / 2, Vector3.X_AXIS.Angle(Vector3.Y_AXIS), 1e-15);
        assertEquals(-Math.PI / 2, Vector3.X_AXIS.Angle(Vector3.Y_AXIS, v(0, 0, -1)), 1e-15);
        assertTrue(v(1, 2, 3).FuzzyEq(v(1, 2, 3.000001)));
        assertFalse(v(1, 2, 3).FuzzyEq(v(1, 2, 3.1)));
        assertEquals(v(1, 2, 1), v(1, 5, 1).Min(v(3, 2, 1)));
        assertEquals(v(-1, 0, 1), v(-0.5, 0, 7).Sign());
    }

    @Test
    void operatorsWorkWithVectorsAndNumbersOnEitherSide() {
        Vector3 a = v(1, 2, 3);
        assertEquals(v(5, 7, 9), a.plus(v(4, 5, 6)));
        assertEquals(v(-3, -3, -3), a.minus(v(4, 5, 6)));
        assertEquals(v(2, 4, 6), a.multiply(2));
        assertEquals(v(2, 4, 6), a.multipliedBy(2));
        assertEquals(v(4, 10, 18), a.multiply(v(4, 5, 6)));
        assertEquals(v(0.5, 1, 1.5), a.div(2));
        assertEquals(v(6, 3, 2), a.dividing(6));
        assertEquals(v(-1, -2, -3), a.negative());
        assertEquals("attempt to perform arithmetic (add) on Vector3 and number",
                assertThrows(ScriptError.class, () -> a.plus(1)).getMessage());
        assertEquals("attempt to perform arithmetic (mul) on Vector3 and Vector2",
                assertThrows(ScriptError.class, () -> a.multiply(new Vector2(1, 2))).getMessage());
    }

    @Test
    void printsAsRobloxDoesAndHasTheRobloxConstants() {
        assertEquals("1, 2, 3", v(1, 2, 3).toString());
        assertEquals("0.1, -2.5, 1e+21", v(0.1, -2.5, 1e21).toString());
        assertEquals("0, 0, 0", v().toString());
        assertEquals(v(1, 1, 1), LIBRARY.getProperty("one"));
        assertEquals(v(0, 0, 1), LIBRARY.getProperty("zAxis"));
        assertEquals("Vector3", v().typeName());
        assertEquals("vector", v().luauType());
    }

    @Test
    void wrongArgumentsSayWhichArgumentAndWhatWasGiven() {
        assertEquals("invalid argument #3 to 'new' (number expected, got string 'z')",
                assertThrows(ScriptError.class, () -> v(1, 2, "z")).getMessage());
        assertEquals("invalid argument #1 to 'Cross' (Vector3 expected, got Vector2)",
                assertThrows(ScriptError.class, () -> v().Cross(new Vector2(1, 2))).getMessage());
        assertEquals("invalid argument #2 to 'Lerp' (number expected, got nil)",
                assertThrows(ScriptError.class, () -> v().Lerp(v(), null)).getMessage());
        assertEquals("Vector3.new takes at most 3 arguments (x, y, z), not 4",
                assertThrows(ScriptError.class, () -> v(1, 2, 3, 4)).getMessage());
    }
}
