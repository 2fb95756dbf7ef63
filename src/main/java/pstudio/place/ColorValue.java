package pstudio.place;

/**
 * A colour as the tree reads it: channels from 0 to 1. The engine's Color3 is one; the tree names
 * only this, since the datatypes live above it.
 */
public interface ColorValue {
    double getR();

    double getG();

    double getB();

    /** This colour as {@link #argb(ColorValue)}; a colour that is written often may keep it. */
    default int packed() {
        return argb(this);
    }

    /** Opaque ARGB, each channel clamped to 0..1 and rounded. */
    static int argb(ColorValue c) {
        return 0xff000000 | channel(c.getR()) << 16 | channel(c.getG()) << 8 | channel(c.getB());
    }

    /** One channel from 0..1 to 0..255, clamped; NaN reads as 0. */
    static int channel(double value) {
        if (!(value > 0)) {
            return 0;
        }
        return value >= 1 ? 255 : (int) Math.round(value * 255);
    }
}
