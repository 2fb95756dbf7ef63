package pstudio.place;

/**
 * A changed rectangle of an EditableImage: the image's size now, the rectangle, its ARGB pixels row
 * by row, and whether the image was resized (then everything before is gone).
 */
public record ImageChange(int imageWidth, int imageHeight, int x, int y, int width, int height, int[] argb,
                          boolean resized) {
}
