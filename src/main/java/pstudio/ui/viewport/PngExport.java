package pstudio.ui.viewport;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import pstudio.place.AtomicFileWrite;

/** Writes an image's pixels as a PNG. The pixels are read on the JavaFX thread; the file is written anywhere. */
public final class PngExport {
    private final int width;
    private final int height;
    private final int[] argb;

    /** Takes a copy of the pixels now (JavaFX thread). */
    public PngExport(WritableImage image) {
        width = (int) image.getWidth();
        height = (int) image.getHeight();
        argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    }

    public void writeTo(Path file) throws IOException {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        AtomicFileWrite.replace(file, stream -> {
            if (!ImageIO.write(out, "png", stream)) {
                throw new IOException("this Java has no PNG writer");
            }
        });
    }
}
