package org.casebook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.casebook.footage.Footage;
import org.casebook.footage.FootageReader;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

/**
 * Keyframes and perceptual hashes of a one-minute 720p H.264 clip (25 frames a second, made once with JCodec's
 * encoder), timed as the proof-of-life page reads them, beside a baseline that only opens the file and its index.
 * Run with -Xmx512m. Arguments: the clip's path (made when missing), rounds.
 */
public final class FootageBenchmark {
    public static void main(String[] args) throws Exception {
        Path clip = Path.of(args.length > 0 ? args[0] : "/tmp/casebook-720p-60s.mp4");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.exists(clip)) {
            long start = System.nanoTime();
            SequenceEncoder encoder = SequenceEncoder.createSequenceEncoder(clip.toFile(), 25);
            for (int frame = 0; frame < 25 * 60; frame++) {
                encoder.encodeNativeFrame(picture(1280, 720, frame));
            }
            encoder.finish();
            System.out.printf(
                    "made %s (%d bytes) in %d s%n",
                    clip, Files.size(clip), (System.nanoTime() - start) / 1_000_000_000);
        }
        long[] times = new long[rounds];
        Footage footage = null;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            footage = FootageReader.keyframes(clip);
            times[round] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "%d keyframes of %d frames (%dx%d, %.1f s): median %d ms, min %d ms, max %d ms; heap limit %d MiB, used %d MiB%n",
                footage.frames().size(),
                footage.totalFrames(),
                footage.width(),
                footage.height(),
                footage.seconds(),
                times[rounds / 2],
                times[0],
                times[rounds - 1],
                runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static Picture picture(int width, int height, int frame) {
        Picture picture = Picture.create(width, height, ColorSpace.RGB);
        byte[] rgb = picture.getPlaneData(0);
        int scene = frame / 50;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = (int) (100 * Math.sin((x * Math.cos(scene) + y * Math.sin(scene)) / 60.0 + frame / 10.0));
                int at = (y * width + x) * 3;
                rgb[at] = (byte) v;
                rgb[at + 1] = (byte) (v / 2);
                rgb[at + 2] = (byte) -v;
            }
        }
        return picture;
    }
}
