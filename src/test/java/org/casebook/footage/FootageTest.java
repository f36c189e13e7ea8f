package org.casebook.footage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyframes, perceptual hashes and the frame-by-frame comparison on videos encoded inside the test: a copy with two
 * seconds cut and one frame altered must show both.
 */
class FootageTest {
    static final int SECONDS = 6;
    static final int FRAMES = SECONDS * SyntheticVideo.FPS;

    @TempDir
    Path dir;

    @Test
    void keyframesComeWithTheirTimesHashesAndThumbnails() throws Exception {
        Path original = dir.resolve("original.mp4");
        SyntheticVideo.write(original, 320, 240, FRAMES, k -> k, -1);

        Footage footage = FootageReader.keyframes(original);

        assertThat(footage.width()).isEqualTo(320);
        assertThat(footage.height()).isEqualTo(240);
        assertThat(footage.totalFrames()).isEqualTo(FRAMES);
        assertThat(footage.seconds()).isCloseTo(SECONDS, offset(0.2));
        assertThat(footage.frames()).isNotEmpty().allMatch(Footage.Frame::keyframe);
        assertThat(footage.frames().getFirst().index()).isZero();
        byte[] png = footage.frames().getFirst().thumbnail();
        assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(footage.frames()).extracting(Footage.Frame::seconds).isSorted();
    }

    @Test
    void theSameFootageReEncodedMatchesFrameByFrame() throws Exception {
        Path first = dir.resolve("first.mp4");
        Path second = dir.resolve("second.mp4");
        SyntheticVideo.write(first, 320, 240, FRAMES, k -> k, -1);
        SyntheticVideo.write(second, 320, 240, FRAMES, k -> k, -1);

        List<FootageComparison.Segment> segments =
                FootageComparison.compare(FootageReader.everyFrame(first), FootageReader.everyFrame(second));

        assertThat(segments).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(FootageComparison.Kind.same);
            assertThat(s.frames()).isEqualTo(FRAMES);
        });
    }

    @Test
    void aCopyWithTwoSecondsCutAndOneFrameAlteredShowsBoth() throws Exception {
        Path original = dir.resolve("original.mp4");
        Path copy = dir.resolve("copy.mp4");
        SyntheticVideo.write(original, 320, 240, FRAMES, k -> k, -1);
        // Seconds 2 and 3 (frames 20–39) cut; frame 50 of the original altered in the copy.
        SyntheticVideo.write(copy, 320, 240, FRAMES - 20, k -> k < 20 ? k : k + 20, 50);

        List<FootageComparison.Segment> segments =
                FootageComparison.compare(FootageReader.everyFrame(original), FootageReader.everyFrame(copy));

        assertThat(segments)
                .extracting(FootageComparison.Segment::kind)
                .containsExactly(
                        FootageComparison.Kind.same,
                        FootageComparison.Kind.missing,
                        FootageComparison.Kind.same,
                        FootageComparison.Kind.changed,
                        FootageComparison.Kind.same);
        FootageComparison.Segment cut = segments.get(1);
        assertThat(cut.aFrom()).isEqualTo(20);
        assertThat(cut.aTo()).isEqualTo(40);
        assertThat(cut.aSeconds()).isCloseTo(2.0, offset(0.05));
        FootageComparison.Segment altered = segments.get(3);
        assertThat(altered.aFrom()).isEqualTo(50);
        assertThat(altered.bFrom()).isEqualTo(30);
        assertThat(altered.frames()).isEqualTo(1);
    }

    @Test
    void corruptTruncatedAndUnsupportedFilesAreRefusedWithAReason() throws Exception {
        Path original = dir.resolve("original.mp4");
        SyntheticVideo.write(original, 160, 120, 20, k -> k, -1);
        byte[] bytes = Files.readAllBytes(original);

        Path truncated = dir.resolve("truncated.mp4");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        Path noise = dir.resolve("noise.mp4");
        byte[] random = new byte[50_000];
        new Random(7).nextBytes(random);
        Files.write(noise, random);
        Path text = dir.resolve("text.mp4");
        Files.writeString(text, "not a video at all");
        Path empty = dir.resolve("empty.mp4");
        Files.write(empty, new byte[0]);
        Path damaged = dir.resolve("damaged.mp4");
        byte[] flipped = bytes.clone();
        for (int i = flipped.length / 3; i < flipped.length / 3 + 2000 && i < flipped.length; i++) {
            flipped[i] = (byte) ~flipped[i];
        }
        Files.write(damaged, flipped);

        for (Path bad : List.of(truncated, noise, text, empty)) {
            assertThatThrownBy(() -> FootageReader.keyframes(bad))
                    .as(bad.getFileName().toString())
                    .isInstanceOf(FootageUnreadable.class)
                    .hasMessageContaining("cannot be read");
            assertThatThrownBy(() -> FootageReader.everyFrame(bad)).isInstanceOf(FootageUnreadable.class);
        }
        // Damage inside the picture data either decodes to something or is refused; it never escapes as anything else.
        try {
            FootageReader.everyFrame(damaged);
        } catch (FootageUnreadable expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
