package org.casebook.footage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/** Test videos made inside the tests with JCodec's own encoder: one scene per second, a box moving in each. */
final class SyntheticVideo {
    static final int FPS = 10;

    private SyntheticVideo() {}

    /** Writes the frames {@code order.apply(k)} of the original, for k in 0..count-1, as H.264 in MP4. */
    static void write(Path file, int width, int height, int count, IntFunction<Integer> order, int altered)
            throws IOException {
        SequenceEncoder encoder = SequenceEncoder.createSequenceEncoder(file.toFile(), FPS);
        for (int k = 0; k < count; k++) {
            int frame = order.apply(k);
            encoder.encodeNativeFrame(picture(width, height, frame, frame == altered));
        }
        encoder.finish();
    }

    /** Smooth waves in a direction of their own per scene (so re-encoding moves hashes little), and a moving box. */
    static Picture picture(int width, int height, int frame, boolean altered) {
        Picture picture = Picture.create(width, height, ColorSpace.RGB);
        byte[] rgb = picture.getPlaneData(0);
        int scene = frame / FPS;
        double angle = scene * 0.9;
        double waves = 1 + scene % 3;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double along = (x * Math.cos(angle) + y * Math.sin(angle)) / width;
                int v = (int) Math.round(100 * Math.sin(2 * Math.PI * waves * along));
                if (Math.abs(x - 40 - (frame % FPS) * 8) < 20 && Math.abs(y - height / 3) < 20) {
                    v = 120;
                }
                if (altered && x < width / 2) {
                    v = -v;
                }
                int at = (y * width + x) * 3;
                rgb[at] = (byte) v;
                rgb[at + 1] = (byte) v;
                rgb[at + 2] = (byte) v;
            }
        }
        return picture;
    }
}
