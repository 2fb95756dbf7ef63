package pstudio.engine.luau;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Numbers and values print as Luau's tostring prints them. */
class LuauFormatTest {

    @Test
    void wholeDoublesPrintWithoutAFraction() {
        assertEquals("2", LuauFormat.tostring(2.0));
        assertEquals("-3", LuauFormat.tostring(-3.0));
        assertEquals("5000050000", LuauFormat.tostring(5000050000.0));
        assertEquals("9007199254740992", LuauFormat.tostring(9007199254740992.0));
        assertEquals("10000000000000000", LuauFormat.tostring(1e16));
        assertEquals("100000000000000000000", LuauFormat.tostring(1e20));
    }

    @Test
    void fractionsUseTheShortestDigitsThatReadBack() {
        assertEquals("0.30000000000000004", LuauFormat.tostring(0.1 + 0.2));
        assertEquals("0.1", LuauFormat.tostring(0.1));
        assertEquals("1.4142135623730951", LuauFormat.tostring(Math.sqrt(2)));
        assertEquals("0.3333333333333333", LuauFormat.tostring(1.0 / 3));
        assertEquals("4.999999999999999", LuauFormat.tostring(Math.pow(125, 1.0 / 3)));
        // Java 17's Double.toString gives 8.409999999999999E21 here
        assertEquals("8.41e+21", LuauFormat.tostring(8.41e21));
    }

    @Test
    void smallAndLargeMagnitudesSwitchToExponentsWhereLuauDoes() {
        assertEquals("0.00001", LuauFormat.tostring(1e-5));
        assertEquals("0.000012", LuauFormat.tostring(1.2e-5));
        assertEquals("0.000001", LuauFormat.tostring(1e-6));
        assertEquals("1e-07", LuauFormat.tostring(1e-7));
        assertEquals("1.5e-07", LuauFormat.tostring(1.5e-7));
        assertEquals("1e+21", LuauFormat.tostring(1e21));
        assertEquals("1.7976931348623157e+308", LuauFormat.tostring(Double.MAX_VALUE));
        assertEquals("5e-324", LuauFormat.tostring(Double.MIN_VALUE));
    }

    @Test
    void specialValues() {
        assertEquals("inf", LuauFormat.tostring(Double.POSITIVE_INFINITY));
        assertEquals("-inf", LuauFormat.tostring(Double.NEGATIVE_INFINITY));
        assertEquals("nan", LuauFormat.tostring(Double.NaN));
        assertEquals("-0", LuauFormat.tostring(-0.0));
        assertEquals("0", LuauFormat.tostring(0.0));
        assertEquals("nil", LuauFormat.tostring(null));
    }

    @Test
    void listsAndMapsFormatTheirElements() {
        assertEquals("[1, 2, 0.5, nil, x]", LuauFormat.tostring(java.util.Arrays.asList(1, 2.0, 0.5, null, "x")));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", 1.0);
        m.put("b", List.of(3.0));
        assertEquals("[a:1, b:[3]]", LuauFormat.tostring(m));
        assertEquals("[:]", LuauFormat.tostring(new LinkedHashMap<>()));
        List<Object> self = new ArrayList<>();
        self.add(self);
        assertEquals("[[...]]", LuauFormat.tostring(self));
    }

    @Test
    void everyPrintedDoubleReadsBackAsTheSameDouble() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String text = LuauFormat.number(d);
            assertEquals(d, Double.parseDouble(text.replace("e+", "e")), text);
        }
    }
}
