package pstudio.engine.datatypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pstudio.engine.datatypes.Vector3Test.v;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.ScriptError;

/** CFrame's maths against known rotations and round trips, its printing and its argument errors. */
class CFrameTest {
    private static final DatatypeLibrary LIBRARY = CFrame.library();
    private static final double EPS = 1e-12;

    private static CFrame cf(String constructor, Object... args) {
        return (CFrame) LIBRARY.call(constructor, args);
    }

    private static void assertNear(Vector3 expected, Vector3 actual) {
        assertTrue(expected.FuzzyEq(actual, EPS), () -> "expected " + expected + " but was " + actual);
    }

    private static void assertNear(CFrame expected, CFrame actual) {
        assertTrue(expected.FuzzyEq(actual, EPS), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void positionsPrintAsTwelveComponents() {
        assertEquals("1, 2, 3, 1, 0, 0, 0, 1, 0, 0, 0, 1", cf("new", 1, 2, 3).toString());
        assertEquals("0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1", cf("new").toString());
        assertEquals(cf("new", 4, 5, 6), cf("new", v(4, 5, 6)));
        assertEquals(v(4, 5, 6), cf("new", 4, 5, 6).getPosition());
        assertEquals(List.of(1.0, 2.0, 3.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0),
                cf("new", 1, 2, 3).GetComponents());
    }

    @Test
    void lookAtPointsTheLookVectorAtTheTarget() {
        CFrame c = cf("lookAt", v(0, 0, 0), v(5, 0, 0));
        assertNear(v(1, 0, 0), c.getLookVector());
        assertNear(v(0, 1, 0), c.getUpVector());
        assertNear(v(0, 0, 1), c.getRightVector());
        CFrame d = cf("new", v(1, 2, 3), v(1, 2, -10));
        assertEquals(cf("new", 1, 2, 3), d, "looking down -Z is no rotation at all");
        CFrame up = cf("lookAt", v(0, 0, 0), v(0, 9, 0));
        assertNear(v(0, 1, 0), up.getLookVector());
        assertFalse(Double.isNaN(up.getRightVector().getX()), up::toString);
    }

    @Test
    void anglesRotateAsRobloxDoes() {
        assertNear(v(-1, 0, 0), cf("Angles", 0, Math.PI / 2, 0).getLookVector());
        assertNear(v(0, 0, 1), (Vector3) cf("Angles", Math.PI / 2, 0, 0).multiply(v(0, 1, 0)));
        assertNear(v(-1, 0, 0), (Vector3) cf("Angles", 0, 0, Math.PI / 2).multiply(v(0, 1, 0)));
        assertNear(cf("Angles", 0, Math.PI / 2, 0), cf("fromAxisAngle", v(0, 1, 0), Math.PI / 2));
        double h = Math.sqrt(0.5);
        assertNear(cf("Angles", 0, Math.PI / 2, 0), cf("new", 0, 0, 0, 0, h, 0, h));
        List<Object> xyz = cf("Angles", 0.3, -1.1, 2.0).ToEulerAnglesXYZ();
        assertEquals(0.3, (Double) xyz.get(0), EPS);
        assertEquals(-1.1, (Double) xyz.get(1), EPS);
        assertEquals(2.0, (Double) xyz.get(2), EPS);
        List<Object> yxz = cf("fromOrientation", 0.3, -1.1, 2.0).ToOrientation();
        assertEquals(0.3, (Double) yxz.get(0), EPS);
        assertEquals(-1.1, (Double) yxz.get(1), EPS);
        assertEquals(2.0, (Double) yxz.get(2), EPS);
    }

    @Test
    void inverseUndoesAndSpacesRoundTrip() {
        CFrame c = (CFrame) cf("new", 1, 2, 3).multiply(cf("Angles", 0.3, -1.1, 2.0));
        assertNear(CFrame.IDENTITY, (CFrame) c.multiply(c.Inverse()));
        assertNear(CFrame.IDENTITY, (CFrame) c.Inverse().multiply(c));
        Vector3 p = v(-4, 0.5, 9);
        assertNear(p, c.PointToObjectSpace(c.PointToWorldSpace(p)));
        assertNear(p, c.VectorToObjectSpace(c.VectorToWorldSpace(p)));
        assertNear(cf("new", 5, 5, 5), c.ToWorldSpace(c.ToObjectSpace(cf("new", 5, 5, 5))));
        assertEquals(v(2, 3, 4), cf("new", 1, 2, 3).multiply(v(1, 1, 1)));
        assertEquals(cf("new", 2, 2, 2), cf("new", 1, 1, 1).plus(v(1, 1, 1)));
        assertEquals(cf("new", 0, 0, 0), cf("new", 1, 1, 1).minus(v(1, 1, 1)));
    }

    @Test
    void lerpInterpolatesPositionAndRotation() {
        CFrame from = cf("new", 0, 0, 0);
        CFrame to = (CFrame) cf("new", 10, 0, 0).multiply(cf("Angles", 0, Math.PI / 2, 0));
        assertNear((CFrame) cf("new", 5, 0, 0).multiply(cf("Angles", 0, Math.PI / 4, 0)), from.Lerp(to, 0.5));
        assertNear(to, from.Lerp(to, 1));
    }

    @Test
    void wrongArgumentsAreNamed() {
        assertEquals("invalid argument #1 to 'new' (Vector3 expected, got number 5)",
                assertThrows(ScriptError.class, () -> cf("new", 5)).getMessage());
        assertTrue(assertThrows(ScriptError.class, () -> cf("new", 1, 2)).getMessage()
                .startsWith("invalid argument #1 to 'new' (Vector3 expected"));
        assertTrue(assertThrows(ScriptError.class, () -> cf("new", 1, 2, 3, 4)).getMessage()
                .endsWith("not 4 arguments"));
        assertEquals("invalid argument #1 to 'PointToWorldSpace' (Vector3 expected, got CFrame)",
                assertThrows(ScriptError.class, () -> cf("new").PointToWorldSpace(cf("new"))).getMessage());
        assertEquals("attempt to perform arithmetic (mul) on CFrame and number",
                assertThrows(ScriptError.class, () -> cf("new").multiply(2)).getMessage());
        assertEquals("attempt to perform arithmetic (add) on CFrame and CFrame",
                assertThrows(ScriptError.class, () -> cf("new").plus(cf("new"))).getMessage());
    }
}
