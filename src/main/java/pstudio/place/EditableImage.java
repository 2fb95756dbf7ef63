package pstudio.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Roblox's writable image, as an instance: a {@code Size} of pixels that scripts write and draw
 * on, shown live in the studio's Viewport. Writes follow the parallel rules of any instance write
 * (serial phase only); drawing outside the image is clipped, never an error. Coordinates are
 * 0-based pixels from the top left, as in Roblox.
 */
public final class EditableImage extends Instance {
    /** Roblox's limit, and what keeps one image's frame to the studio at 4 MB. */
    public static final int MAX_SIDE = 1024;
    private static final int DEFAULT_SIDE = 512;
    private static final String SIZE = "Size";

    private final PixelRaster raster = new PixelRaster(DEFAULT_SIDE, DEFAULT_SIDE);

    public EditableImage() {
        super("EditableImage");
    }

    /** The size in pixels, a Vector2. */
    public Object getSize() {
        synchronized (raster) {
            return ScriptHost.current().vector2(raster.width(), raster.height());
        }
    }

    /** Resizing clears the image. */
    public void setSize(Object size) {
        ImageArguments a = new ImageArguments("Size", new Object[] {size});
        int[] wh = a.size("size");
        if (wh[0] < 1 || wh[1] < 1 || wh[0] > MAX_SIDE || wh[1] > MAX_SIDE) {
            throw a.error("an EditableImage is 1 to " + MAX_SIDE + " pixels each way, not " + wh[0] + " by " + wh[1]);
        }
        write("resize");
        synchronized (raster) {
            raster.resize(wh[0], wh[1]);
        }
    }

    /** Groovy names setSize's property "size", so {@code image.Size = v} lands here, as Parent does. */
    @Override
    public void propertyMissing(String member, Object value) {
        if (SIZE.equals(member)) {
            setSize(value);
        } else {
            super.propertyMissing(member, value);
        }
    }

    public void SetPixel(Object... args) {
        ImageArguments a = new ImageArguments("SetPixel", args);
        int[] p = a.point("position");
        int color = a.color();
        a.end();
        write("set a pixel");
        synchronized (raster) {
            raster.set(p[0], p[1], color);
        }
    }

    /** The colour at a pixel, a Color3; outside the image, nil. */
    public Object GetPixel(Object... args) {
        ImageArguments a = new ImageArguments("GetPixel", args);
        int[] p = a.point("position");
        a.end();
        int argb;
        synchronized (raster) {
            if (!raster.contains(p[0], p[1])) {
                return null;
            }
            argb = raster.get(p[0], p[1]);
        }
        return ScriptHost.current().color3((argb >> 16 & 0xff) / 255.0, (argb >> 8 & 0xff) / 255.0, (argb & 0xff) / 255.0);
    }

    /** Fills the whole image with a colour (default: transparent). */
    public void Clear(Object... args) {
        ImageArguments a = new ImageArguments("Clear", args);
        int color = a.hasMore() ? a.color() : 0;
        a.end();
        write("clear");
        synchronized (raster) {
            raster.fill(color);
        }
    }

    public void DrawRectangle(Object... args) {
        ImageArguments a = new ImageArguments("DrawRectangle", args);
        int[] p = a.point("position");
        int[] s = a.size("size");
        int color = a.color();
        a.end();
        write("draw");
        synchronized (raster) {
            raster.fillRect(p[0], p[1], s[0], s[1], color);
        }
    }

    public void DrawCircle(Object... args) {
        ImageArguments a = new ImageArguments("DrawCircle", args);
        int[] c = a.point("center");
        double radius = a.number("radius");
        if (radius < 0) {
            throw a.error("the radius cannot be negative (got " + radius + ")");
        }
        int color = a.color();
        a.end();
        write("draw");
        synchronized (raster) {
            raster.fillCircle(c[0] + 0.5, c[1] + 0.5, radius, color);
        }
    }

    public void DrawLine(Object... args) {
        ImageArguments a = new ImageArguments("DrawLine", args);
        int[] from = a.point("start");
        int[] to = a.point("end");
        int color = a.color();
        a.end();
        write("draw");
        synchronized (raster) {
            raster.line(from[0], from[1], to[0], to[1], color);
        }
    }

    /**
     * Writes a {@code w}×{@code h} block at (x, y), row by row, from a list, SharedTable or
     * dispatch result of Color3 (one per pixel) or of numbers (R, G, B, A from 0 to 1: four per
     * pixel, as Roblox's WritePixels takes them). Pixels outside the image are dropped.
     */
    public void WritePixels(Object... args) {
        ImageArguments a = new ImageArguments("WritePixels", args);
        int[] p = a.point("position");
        int[] s = a.size("size");
        Object source = a.take("colors");
        a.end();
        long count = (long) s[0] * s[1];
        if (count > (long) MAX_SIDE * MAX_SIDE) {
            throw a.error("a block of " + s[0] + " by " + s[1] + " is larger than any EditableImage");
        }
        int[] pixels = PixelList.argb(a, source, (int) count);
        write("write pixels");
        synchronized (raster) {
            raster.write(p[0], p[1], s[0], s[1], pixels);
        }
    }

    /** A block's pixels as numbers, R, G, B, A from 0 to 1, four per pixel, row by row; outside the image, 0. */
    public List<Object> ReadPixels(Object... args) {
        ImageArguments a = new ImageArguments("ReadPixels", args);
        int[] p = a.point("position");
        int[] s = a.size("size");
        a.end();
        if ((long) s[0] * s[1] > (long) MAX_SIDE * MAX_SIDE) {
            throw a.error("a block of " + s[0] + " by " + s[1] + " is larger than any EditableImage");
        }
        int[] argb;
        synchronized (raster) {
            argb = raster.read(p[0], p[1], s[0], s[1]);
        }
        List<Object> out = new ArrayList<>(argb.length * 4);
        for (int c : argb) {
            out.add((c >> 16 & 0xff) / 255.0);
            out.add((c >> 8 & 0xff) / 255.0);
            out.add((c & 0xff) / 255.0);
            out.add((c >>> 24) / 255.0);
        }
        return out;
    }

    /** What changed since the last call (the whole image the first time), or null; for the run's stream to the studio. */
    public ImageChange takeChanges() {
        synchronized (raster) {
            return raster.takeChanges();
        }
    }

    /** The whole image as one change, and nothing left to take: for a view that starts watching late. */
    public ImageChange takeAll() {
        synchronized (raster) {
            raster.markAll();
            return raster.takeChanges();
        }
    }

    /** Applies a change read from the stream: the studio's copy of a run's image. */
    public void applyChange(ImageChange change) {
        synchronized (raster) {
            if (change.resized() || raster.width() != change.imageWidth() || raster.height() != change.imageHeight()) {
                raster.resize(change.imageWidth(), change.imageHeight());
            }
            raster.write(change.x(), change.y(), change.width(), change.height(), change.argb());
        }
    }

    private void write(String action) {
        ScriptHost.current().checkWrite(this, action + " on " + describe());
    }

    /**
     * Turns a script's list of colours into ARGB pixels. A million-pixel write is the common case,
     * so it reads the list by index and takes doubles without a megamorphic {@code doubleValue()}.
     */
    private static final class PixelList {
        private PixelList() {
        }

        static int[] argb(ImageArguments a, Object source, int count) {
            List<?> values = values(a, source);
            int given = values.size();
            boolean numbers = given > 0 && !(values.get(0) instanceof ColorValue);
            int[] out = new int[count];
            if (numbers) {
                for (int i = 0; i + 3 < given && i / 4 < count; i += 4) {
                    out[i / 4] = ColorValue.channel(number(a, values, i + 3)) << 24 | ColorValue.channel(number(a, values, i)) << 16
                            | ColorValue.channel(number(a, values, i + 1)) << 8 | ColorValue.channel(number(a, values, i + 2));
                }
                for (int i = 4 * Math.min(given / 4, count); i < given; i++) {
                    number(a, values, i);
                }
            } else {
                for (int i = 0; i < given; i++) {
                    Object v = values.get(i);
                    if (v instanceof ColorValue c) {
                        if (i < count) {
                            out[i] = c.packed();
                        }
                    } else {
                        throw v instanceof Number ? mixed(a) : notAColor(a, i, v);
                    }
                }
            }
            if (numbers ? given != 4L * count : given != count) {
                throw a.error("needs " + count + " Color3 values (or " + 4L * count + " numbers, 4 per pixel) for the block, got "
                        + given + (numbers ? " numbers" : ""));
            }
            return out;
        }

        private static double number(ImageArguments a, List<?> values, int i) {
            Object v = values.get(i);
            if (v instanceof Double d) {
                return d;
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            throw v instanceof ColorValue ? mixed(a) : notAColor(a, i, v);
        }

        private static RuntimeException mixed(ImageArguments a) {
            return a.error("mixes Color3 values and numbers; use one or the other");
        }

        private static RuntimeException notAColor(ImageArguments a, int i, Object v) {
            return a.error("value " + (i + 1) + " of the colors is " + ImageArguments.describe(v)
                    + "; give Color3 values, or numbers R, G, B, A from 0 to 1");
        }

        /** The colours in order: a list as it is, a SharedTable's or other table's values copied out. */
        private static List<?> values(ImageArguments a, Object source) {
            if (source instanceof List<?> list && source instanceof java.util.RandomAccess) {
                return list;
            }
            if (source instanceof Object[] array) {
                return java.util.Arrays.asList(array);
            }
            if (source instanceof Iterable<?> it) {
                List<Object> copy = new ArrayList<>();
                for (Object v : it) {
                    copy.add(v instanceof Map.Entry<?, ?> e ? e.getValue() : v);
                }
                return copy;
            }
            throw a.error("the colors must be a table (a list or a SharedTable), got " + ImageArguments.describe(source));
        }
    }
}
