package org.casebook.footage;

import java.util.Arrays;

/**
 * A 64-bit DCT hash of a picture's brightness: scaled to 32×32, transformed, and each of the 8×8 lowest frequencies
 * (but the average) set against their median. Re-encoding moves a few bits; different footage moves about half.
 */
public final class PerceptualHash {
    static final int SIZE = 32;
    static final int KEEP = 8;
    private static final double[][] COSINES = cosines();

    private PerceptualHash() {}

    /**
     * @param luma   brightness samples, row by row, {@code stride} apart
     * @param offset what a sample's stored value is below its brightness (JCodec stores 0..255 as -128..127)
     */
    public static long of(byte[] luma, int width, int height, int stride, int offset) {
        double[][] small = new double[SIZE][SIZE];
        for (int y = 0; y < SIZE; y++) {
            int top = y * height / SIZE;
            int bottom = Math.max(top + 1, (y + 1) * height / SIZE);
            for (int x = 0; x < SIZE; x++) {
                int left = x * width / SIZE;
                int right = Math.max(left + 1, (x + 1) * width / SIZE);
                long sum = 0;
                for (int r = top; r < bottom; r++) {
                    for (int c = left; c < right; c++) {
                        sum += luma[r * stride + c] + offset;
                    }
                }
                small[y][x] = sum / (double) ((bottom - top) * (right - left));
            }
        }
        double[] low = new double[KEEP * KEEP];
        for (int u = 0; u < KEEP; u++) {
            for (int v = 0; v < KEEP; v++) {
                double sum = 0;
                for (int y = 0; y < SIZE; y++) {
                    double rowSum = 0;
                    for (int x = 0; x < SIZE; x++) {
                        rowSum += small[y][x] * COSINES[v][x];
                    }
                    sum += rowSum * COSINES[u][y];
                }
                low[u * KEEP + v] = sum;
            }
        }
        double[] sorted = Arrays.copyOfRange(low, 1, low.length);
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        long hash = 0;
        for (int i = 0; i < low.length; i++) {
            if (low[i] > median) {
                hash |= 1L << i;
            }
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static double[][] cosines() {
        double[][] c = new double[KEEP][SIZE];
        for (int u = 0; u < KEEP; u++) {
            for (int x = 0; x < SIZE; x++) {
                c[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * SIZE));
            }
        }
        return c;
    }
}
