package pstudio.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EditableImage's drawing, bounds, clipping and argument errors, as a script would call it. */
class EditableImageTest {
    private static final ScriptHost.PlainColor RED = new ScriptHost.PlainColor(1, 0, 0);
    private static final ScriptHost.PlainColor BLUE = new ScriptHost.PlainColor(0, 0, 1);
    private static final int RED_ARGB = 0xffff0000;
    private static final int BLUE_ARGB = 0xff0000ff;

    private static EditableImage image(int w, int h) {
        EditableImage image = new EditableImage();
        image.setSize(new ScriptHost.PlainPoint(w, h));
        image.takeChanges();
        return image;
    }

    private static int pixel(EditableImage image, int x, int y) {
        ColorValue c = (ColorValue) image.GetPixel(x, y);
        return ColorValue.argb(c);
    }

    @Test
    void aNewImageIsFiveHundredTwelveSquareAndItsSizeIsAVector() {
        EditableImage image = new EditableImage();
        PointValue size = (PointValue) image.getSize();
        assertEquals(512, size.getX());
        assertEquals(512, size.getY());
        assertEquals("512, 512", size.toString());
    }

    @Test
    void setPixelAndGetPixelRoundTripAndOutsideReadsNil() {
        EditableImage image = image(4, 3);
        image.SetPixel(3, 2, RED);
        image.SetPixel(new ScriptHost.PlainPoint(0, 0), BLUE);
        assertEquals(RED_ARGB, pixel(image, 3, 2));
        assertEquals(BLUE_ARGB, pixel(image, 0, 0));
        assertNull(image.GetPixel(4, 0));
        assertNull(image.GetPixel(-1, 0));
    }

    @Test
    void drawingOutsideTheImageIsClippedNotAnError() {
        EditableImage image = image(8, 8);
        image.SetPixel(100, 100, RED);
        image.SetPixel(-1, 3, RED);
        image.DrawRectangle(-5, -5, 7, 7, RED);   // covers 0..1 by 0..1
        image.DrawCircle(1e12, 4, 3, RED);
        image.DrawLine(-1e12, 4, 1e12, 4, BLUE);  // crosses the whole row 4
        image.WritePixels(6, 6, 4, 4, Collections.nCopies(16, BLUE));
        assertEquals(RED_ARGB, pixel(image, 0, 0));
        assertEquals(RED_ARGB, pixel(image, 1, 1));
        assertEquals(0, pixel(image, 2, 2) & 0xffffff);
        for (int x = 0; x < 8; x++) {
            assertEquals(BLUE_ARGB, pixel(image, x, 4), "row 4 at " + x);
        }
        assertEquals(BLUE_ARGB, pixel(image, 7, 7));
        assertEquals(BLUE_ARGB, pixel(image, 6, 6));
    }

    @Test
    void writePixelsTakesColor3sOrFourNumbersAPixelRowByRow() {
        EditableImage image = image(3, 2);
        image.WritePixels(0, 0, 3, 1, List.of(RED, BLUE, RED));
        image.WritePixels(new ScriptHost.PlainPoint(0, 1), new ScriptHost.PlainPoint(2, 1),
                List.of(0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0));
        assertEquals(RED_ARGB, pixel(image, 0, 0));
        assertEquals(BLUE_ARGB, pixel(image, 1, 0));
        assertEquals(BLUE_ARGB, pixel(image, 0, 1));
        assertEquals(RED_ARGB, pixel(image, 1, 1));
        List<Object> read = image.ReadPixels(0, 1, 2, 1);
        assertEquals(List.of(0.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0), read);
    }

    @Test
    void aCircleCoversThePixelsWithinItsRadius() {
        EditableImage image = image(11, 11);
        image.DrawCircle(5, 5, 3, RED);
        assertEquals(RED_ARGB, pixel(image, 5, 5));
        assertEquals(RED_ARGB, pixel(image, 8, 5));
        assertEquals(RED_ARGB, pixel(image, 5, 2));
        assertEquals(0, pixel(image, 9, 5) & 0xffffff);
        assertEquals(0, pixel(image, 8, 8) & 0xffffff, "the corner of the bounding square is outside");
    }

    @Test
    void aLineIncludesBothEnds() {
        EditableImage image = image(5, 5);
        image.DrawLine(0, 0, 4, 4, RED);
        for (int i = 0; i < 5; i++) {
            assertEquals(RED_ARGB, pixel(image, i, i));
        }
        assertEquals(0, pixel(image, 1, 0) & 0xffffff);
    }

    @Test
    void argumentMistakesAreSentencesNamingTheMethodAndTheArgument() {
        EditableImage image = image(4, 4);
        assertMessage("WritePixels: needs 4 Color3 values (or 16 numbers, 4 per pixel) for the block, got 3",
                () -> image.WritePixels(0, 0, 2, 2, List.of(RED, RED, RED)));
        assertMessage("WritePixels: the colors must be a table (a list or a SharedTable), got a string",
                () -> image.WritePixels(0, 0, 1, 1, "red"));
        assertMessage("WritePixels: value 2 of the colors is a string; give Color3 values, or numbers R, G, B, A from 0 to 1",
                () -> image.WritePixels(0, 0, 2, 1, List.of(RED, "x")));
        assertMessage("DrawCircle: the radius cannot be negative (got -1.0)", () -> image.DrawCircle(1, 1, -1, RED));
        assertMessage("SetPixel: argument 3 (color) must be a Color3, got a number", () -> image.SetPixel(1, 1, 5));
        assertMessage("SetPixel: argument 3 (color) is missing", () -> image.SetPixel(1, 1));
        assertMessage("DrawRectangle: the size cannot be negative (got -2 by 2)",
                () -> image.DrawRectangle(0, 0, -2, 2, RED));
        assertMessage("SetPixel: argument 1 (position x) must be a finite number, got NaN", () -> image.SetPixel(Double.NaN, 1, RED));
        assertMessage("Size: an EditableImage is 1 to 1024 pixels each way, not 2048 by 16",
                () -> image.setSize(new ScriptHost.PlainPoint(2048, 16)));
    }

    @Test
    void onlyTheChangedRectangleIsTakenAndOnlyOnce() {
        EditableImage image = image(100, 100);
        assertNull(image.takeChanges(), "nothing changed since the last take");
        image.SetPixel(10, 20, RED);
        image.SetPixel(12, 25, BLUE);
        ImageChange change = image.takeChanges();
        assertEquals(List.of(10, 20, 3, 6), List.of(change.x(), change.y(), change.width(), change.height()));
        assertEquals(RED_ARGB, change.argb()[0]);
        assertEquals(BLUE_ARGB, change.argb()[5 * 3 + 2]);
        assertNull(image.takeChanges());
    }

    @Test
    void aCopyFedTheChangesShowsTheSamePixels() {
        EditableImage image = new EditableImage();
        image.setSize(new ScriptHost.PlainPoint(64, 32));
        image.DrawCircle(20, 10, 8, RED);
        EditableImage copy = new EditableImage();
        copy.applyChange(image.takeChanges());   // the first take is the whole image, resized
        image.DrawLine(0, 31, 63, 0, BLUE);
        copy.applyChange(image.takeChanges());
        assertEquals(all(image), all(copy));
        assertEquals(RED_ARGB, pixel(copy, 20, 10));
    }

    @Test
    void aTranslucentColourBlendsOverWhatIsThere() {
        EditableImage image = image(2, 1);
        image.Clear(BLUE);
        image.DrawRectangle(0, 0, 1, 1, RED, 0.5);
        int c = pixel(image, 0, 0);
        assertTrue(Math.abs((c >> 16 & 0xff) - 128) <= 1 && Math.abs((c & 0xff) - 127) <= 1, Integer.toHexString(c));
        assertEquals(BLUE_ARGB, pixel(image, 1, 0));
    }

    private static List<Integer> all(EditableImage image) {
        List<Integer> out = new ArrayList<>();
        PointValue size = (PointValue) image.getSize();
        for (int y = 0; y < size.getY(); y++) {
            for (int x = 0; x < size.getX(); x++) {
                out.add(pixel(image, x, y));
            }
        }
        return out;
    }

    private static void assertMessage(String expected, Runnable call) {
        InstanceException e = assertThrows(InstanceException.class, call::run);
        assertEquals(expected, e.getMessage());
    }
}
