package pstudio.cli;

/** The terrain sample's heightmap, computed serially with Ken Perlin's reference noise: the tests' independent answer. */
public final class TerrainReference {
    private TerrainReference() {
    }

    /** Pixel (x, y)'s height: {@code octaves} layers of noise, each twice as fine and half as strong, averaged by strength. */
    public static double height(int x, int y, int octaves, double zoom) {
        double height = 0;
        double amplitude = 1;
        double total = 0;
        double frequency = 1 / zoom;
        for (int octave = 1; octave <= octaves; octave++) {
            height += ImprovedNoise.noise(x * frequency, y * frequency, octave + 0.5) * amplitude;
            total += amplitude;
            amplitude /= 2;
            frequency *= 2;
        }
        return height / total;
    }
}
