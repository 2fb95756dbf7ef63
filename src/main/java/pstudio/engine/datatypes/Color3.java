package pstudio.engine.datatypes;

import static pstudio.engine.datatypes.DatatypeArguments.color3;
import static pstudio.engine.datatypes.DatatypeArguments.number;

import java.util.List;
import pstudio.engine.ScriptError;
import pstudio.engine.ValueText;
import pstudio.engine.luau.LuauFormat;
import pstudio.place.ColorValue;

/**
 * Roblox's Color3: an immutable colour with R, G and B from 0 to 1 (not clamped, as in Roblox;
 * {@link #packedRgb} clamps). Prints as Roblox prints it: {@code 0.2, 0.4, 0.6}.
 */
public final class Color3 implements Datatype, ColorValue {
    private final double r;
    private final double g;
    private final double b;
    /** Packed once: an image write of a million colours then reads one int from each, not three doubles. */
    private final int argb;

    public Color3(double r, double g, double b) {
        this.r = r;
        this.g = g;
        this.b = b;
        this.argb = ColorValue.argb(this);
    }

    @Override
    public int packed() {
        return argb;
    }

    static DatatypeLibrary library() {
        return new DatatypeLibrary("Color3")
                .constructor("new", a -> {
                    DatatypeArguments.atMost(a, 3, "Color3.new", "r, g, b from 0 to 1");
                    return new Color3(number(a, 0, "new", 0), number(a, 1, "new", 0), number(a, 2, "new", 0));
                })
                .constructor("fromRGB", a -> {
                    DatatypeArguments.atMost(a, 3, "Color3.fromRGB", "r, g, b from 0 to 255");
                    return fromRGB(number(a, 0, "fromRGB", 0), number(a, 1, "fromRGB", 0), number(a, 2, "fromRGB", 0));
                })
                .constructor("fromHSV", a -> fromHSV(number(a, 0, "fromHSV", 0), number(a, 1, "fromHSV", 0),
                        number(a, 2, "fromHSV", 0)))
                .constructor("fromHex", a -> fromHex(DatatypeArguments.at(a, 0)))
                .constructor("toHSV", a -> color3(DatatypeArguments.at(a, 0), 1, "toHSV").ToHSV());
    }

    /** Channels from 0 to 255. */
    public static Color3 fromRGB(double red, double green, double blue) {
        return new Color3(red / 255, green / 255, blue / 255);
    }

    /** Hue, saturation and value from 0 to 1; a hue of 1 is red again. */
    public static Color3 fromHSV(double h, double s, double v) {
        double sector = (h - Math.floor(h)) * 6;
        int i = (int) Math.floor(sector);
        double f = sector - i;
        double p = v * (1 - s);
        double q = v * (1 - s * f);
        double t = v * (1 - s * (1 - f));
        return switch (i) {
            case 0 -> new Color3(v, t, p);
            case 1 -> new Color3(q, v, p);
            case 2 -> new Color3(p, v, t);
            case 3 -> new Color3(p, q, v);
            case 4 -> new Color3(t, p, v);
            default -> new Color3(v, p, q);
        };
    }

    /** {@code "#ff8800"}, {@code "ff8800"} or the short {@code "f80"}. */
    static Color3 fromHex(Object text) {
        if (!(text instanceof CharSequence cs)) {
            throw ValueText.badArgument(1, "fromHex", "string", text);
        }
        String hex = cs.toString().strip();
        if (hex.startsWith("#")) {
            hex = hex.substring(1);
        }
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        if (!hex.matches("[0-9a-fA-F]{6}")) {
            throw new ScriptError(ValueText.invalidArgument(1, "fromHex",
                    "'" + cs + "' is not a colour in hex: write 6 hex digits such as \"#ff8800\""));
        }
        int rgb = Integer.parseInt(hex, 16);
        return fromRGB(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    public double getR() {
        return r;
    }

    public double getG() {
        return g;
    }

    public double getB() {
        return b;
    }

    public Color3 Lerp(Object goal, Object alpha) {
        Color3 c = color3(goal, 1, "Lerp");
        double t = number(alpha, 2, "Lerp");
        return new Color3(r + (c.r - r) * t, g + (c.g - g) * t, b + (c.b - b) * t);
    }

    /** Hue, saturation and value, each 0 to 1: {@code def (h, s, v) = color.ToHSV()}. */
    public List<Object> ToHSV() {
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        double delta = max - min;
        double h = 0;
        if (delta > 0) {
            if (max == r) {
                h = (g - b) / delta / 6;
            } else if (max == g) {
                h = ((b - r) / delta + 2) / 6;
            } else {
                h = ((r - g) / delta + 4) / 6;
            }
            if (h < 0) {
                h += 1;
            }
        }
        double s = max == 0 ? 0 : delta / max;
        return List.of(h, s, max);
    }

    /** Six lower-case hex digits without {@code #}: {@code ff8800}. */
    public String ToHex() {
        return String.format("%06x", packedRgb());
    }

    /** {@code 0xRRGGBB}, each channel clamped to 0..1 and rounded to 0..255: how an image stores it. */
    public int packedRgb() {
        return channel8(r) << 16 | channel8(g) << 8 | channel8(b);
    }

    /** A channel from 0 to 1 as a byte from 0 to 255, clamped and rounded; nan is 0. */
    public static int channel8(double c) {
        if (!(c > 0)) {
            return 0;
        }
        return c >= 1 ? 255 : (int) Math.round(c * 255);
    }

    @Override
    public double[] components() {
        return new double[] {r, g, b};
    }

    @Override
    public String typeName() {
        return "Color3";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Color3 c && c.r == r && c.g == g && c.b == b;
    }

    @Override
    public int hashCode() {
        return (31 * Double.hashCode(r + 0.0) + Double.hashCode(g + 0.0)) * 31 + Double.hashCode(b + 0.0);
    }

    @Override
    public String toString() {
        return LuauFormat.number(r) + ", " + LuauFormat.number(g) + ", " + LuauFormat.number(b);
    }
}
