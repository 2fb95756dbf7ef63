package pstudio.engine.luau;

/**
 * Ken Perlin's improved noise in single precision, as Roblox's {@code math.noise} computes it: the
 * reference permutation, sixteen edge gradients, and the inputs wrapped to one 256-unit period
 * first so that large coordinates keep their fraction. Whole-number coordinates give 0.
 */
final class PerlinNoise {
    /** Perlin's reference permutation of 0..255, then its first entry again. */
    private static final int[] P = {
        151, 160, 137, 91, 90, 15, 131, 13, 201, 95, 96, 53, 194, 233, 7, 225, 140, 36, 103, 30, 69, 142,
        8, 99, 37, 240, 21, 10, 23, 190, 6, 148, 247, 120, 234, 75, 0, 26, 197, 62, 94, 252, 219, 203, 117,
        35, 11, 32, 57, 177, 33, 88, 237, 149, 56, 87, 174, 20, 125, 136, 171, 168, 68, 175, 74, 165, 71,
        134, 139, 48, 27, 166, 77, 146, 158, 231, 83, 111, 229, 122, 60, 211, 133, 230, 220, 105, 92, 41,
        55, 46, 245, 40, 244, 102, 143, 54, 65, 25, 63, 161, 1, 216, 80, 73, 209, 76, 132, 187, 208, 89,
        18, 169, 200, 196, 135, 130, 116, 188, 159, 86, 164, 100, 109, 198, 173, 186, 3, 64, 52, 217, 226,
        250, 124, 123, 5, 202, 38, 147, 118, 126, 255, 82, 85, 212, 207, 206, 59, 227, 47, 16, 58, 17, 182,
        189, 28, 42, 223, 183, 170, 213, 119, 248, 152, 2, 44, 154, 163, 70, 221, 153, 101, 155, 167, 43,
        172, 9, 129, 22, 39, 253, 19, 98, 108, 110, 79, 113, 224, 232, 178, 185, 112, 104, 218, 246, 97,
        228, 251, 34, 242, 193, 238, 210, 144, 12, 191, 179, 162, 241, 81, 51, 145, 235, 249, 14, 239, 107,
        49, 192, 214, 31, 181, 199, 106, 157, 184, 84, 204, 176, 115, 121, 50, 45, 127, 4, 150, 254, 138,
        236, 205, 93, 222, 114, 67, 29, 24, 72, 243, 141, 128, 195, 78, 66, 215, 61, 156, 180, 151,
    };

    /** The gradient directions: the twelve cube edges, four of them twice. */
    private static final int[][] GRADIENTS = {
        {1, 1, 0}, {-1, 1, 0}, {1, -1, 0}, {-1, -1, 0},
        {1, 0, 1}, {-1, 0, 1}, {1, 0, -1}, {-1, 0, -1},
        {0, 1, 1}, {0, -1, 1}, {0, 1, -1}, {0, -1, -1},
        {1, 1, 0}, {0, -1, 1}, {-1, 1, 0}, {0, -1, -1},
    };

    private PerlinNoise() {
    }

    static double noise(double x, double y, double z) {
        return noise3((float) (x % 256.0), (float) (y % 256.0), (float) (z % 256.0));
    }

    private static float noise3(float x, float y, float z) {
        float fx = (float) Math.floor(x);
        float fy = (float) Math.floor(y);
        float fz = (float) Math.floor(z);
        int xi = (int) fx & 255;
        int yi = (int) fy & 255;
        int zi = (int) fz & 255;
        float dx = x - fx;
        float dy = y - fy;
        float dz = z - fz;
        float u = fade(dx);
        float v = fade(dy);
        float w = fade(dz);

        int a = (P[xi] + yi) & 255;
        int aa = (P[a] + zi) & 255;
        int ab = (P[a + 1] + zi) & 255;
        int b = (P[xi + 1] + yi) & 255;
        int ba = (P[b] + zi) & 255;
        int bb = (P[b + 1] + zi) & 255;

        float near = lerp(v,
                lerp(u, grad(P[aa], dx, dy, dz), grad(P[ba], dx - 1, dy, dz)),
                lerp(u, grad(P[ab], dx, dy - 1, dz), grad(P[bb], dx - 1, dy - 1, dz)));
        float far = lerp(v,
                lerp(u, grad(P[aa + 1], dx, dy, dz - 1), grad(P[ba + 1], dx - 1, dy, dz - 1)),
                lerp(u, grad(P[ab + 1], dx, dy - 1, dz - 1), grad(P[bb + 1], dx - 1, dy - 1, dz - 1)));
        return lerp(w, near, far);
    }

    private static float fade(float t) {
        return t * t * t * (t * (t * 6 - 15) + 10);
    }

    private static float lerp(float t, float a, float b) {
        return a + t * (b - a);
    }

    private static float grad(int hash, float x, float y, float z) {
        int[] g = GRADIENTS[hash & 15];
        return g[0] * x + g[1] * y + g[2] * z;
    }
}
