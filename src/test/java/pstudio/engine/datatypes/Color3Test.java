package pstudio.engine.datatypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import pstudio.engine.ScriptError;

/** Color3's constructors against known colours, its conversions, printing and argument errors. */
class Color3Test {
    private static final DatatypeLibrary LIBRARY = Color3.library();

    private static Color3 make(String constructor, Object... args) {
        return (Color3) LIBRARY.call(constructor, args);
    }

    private static void assertColor(double r, double g, double b, Color3 c) {
        assertEquals(r, c.getR(), 1e-12, c::toString);
        assertEquals(g, c.getG(), 1e-12, c::toString);
        assertEquals(b, c.getB(), 1e-12, c::toString);
    }

    @Test
    void fromHsvGivesTheKnownColours() {
        assertColor(1, 0, 0, make("fromHSV", 0, 1, 1));
        assertColor(1, 1, 0, make("fromHSV", 1.0 / 6, 1, 1));
        assertColor(0, 1, 0, make("fromHSV", 1.0 / 3, 1, 1));
        assertColor(0, 1, 1, make("fromHSV", 0.5, 1, 1));
        assertColor(0, 0, 1, make("fromHSV", 2.0 / 3, 1, 1));
        assertColor(1, 0, 1, make("fromHSV", 5.0 / 6, 1, 1));
        assertColor(1, 0, 0, make("fromHSV", 1, 1, 1));
        assertColor(0.5, 0.5, 0.5, make("fromHSV", 0.3, 0, 0.5));
        assertColor(0.5, 0.25, 0.25, make("fromHSV", 0, 0.5, 0.5));
    }

    @Test
    void packsToTheOpaquePixelAnImageShows() {
        assertEquals(0xffff8000, make("new", 1, 0.5, 0).packed());
        assertEquals(0xff0a141e, make("fromRGB", 10, 20, 30).packed());
        assertEquals(0xffff0000, make("new", 2, -1, Double.NaN).packed(), "channels clamp; NaN reads as 0");
        Color3 mixed = make("new", 0.2, 0.4, 0.6).Lerp(make("new", 0.8, 0.6, 0.4), 0.5);
        assertEquals(0xff808080, mixed.packed(), "a colour made by maths packs as one made by hand");
    }

    @Test
    void toHsvInvertsFromHsv() {
        assertEquals(List.of(1.0 / 12, 1.0, 1.0), make("new", 1, 0.5, 0).ToHSV());
        assertEquals(List.of(0.0, 0.0, 0.0), make("new").ToHSV());
        List<Object> hsv = make("fromHSV", 0.7, 0.4, 0.9).ToHSV();
        assertEquals(0.7, (Double) hsv.get(0), 1e-12);
        assertEquals(0.4, (Double) hsv.get(1), 1e-12);
        assertEquals(0.9, (Double) hsv.get(2), 1e-12);
    }

    @Test
    void fromRgbAndHexUse0To255() {
        assertColor(0.2, 0.4, 0.6, make("fromRGB", 51, 102, 153));
        assertEquals(make("fromRGB", 51, 102, 153), make("fromHex", "#336699"));
        assertEquals(make("fromRGB", 255, 136, 0), make("fromHex", "f80"));
        assertEquals("ff8000", make("fromRGB", 255, 128, 0).ToHex());
        assertEquals("ff0000", make("new", 2, -1, 0).ToHex()); // clamped
        assertEquals(0x336699, make("fromHex", "336699").packedRgb());
    }

    @Test
    void lerpPrintingAndErrors() {
        assertColor(0.5, 0.25, 0, make("new", 0, 0, 0).Lerp(make("new", 1, 0.5, 0), 0.5));
        assertEquals("0.2, 0.4, 0.6", make("new", 0.2, 0.4, 0.6).toString());
        assertEquals("1, 0, 0", make("fromRGB", 255, 0, 0).toString());
        assertEquals("invalid argument #1 to 'Lerp' (Color3 expected, got number 1)",
                assertThrows(ScriptError.class, () -> make("new").Lerp(1, 0.5)).getMessage());
        assertEquals("invalid argument #3 to 'fromRGB' (number expected, got boolean true)",
                assertThrows(ScriptError.class, () -> make("fromRGB", 1, 2, true)).getMessage());
        assertEquals("invalid argument #1 to 'fromHex' ('#12' is not a colour in hex: write 6 hex digits such as"
                + " \"#ff8800\")", assertThrows(ScriptError.class, () -> make("fromHex", "#12")).getMessage());
    }
}
