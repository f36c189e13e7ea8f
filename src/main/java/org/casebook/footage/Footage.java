package org.casebook.footage;

import java.util.List;

/**
 * What was read from one video: its frames in order (every keyframe, or every frame when comparing), each with its
 * time and perceptual hash, and for keyframes a small PNG for the filmstrip.
 */
public record Footage(int width, int height, double seconds, int totalFrames, List<Frame> frames) {
    /** @param thumbnail a PNG about 160 pixels wide; null for frames that are not shown */
    public record Frame(int index, double seconds, long hash, boolean keyframe, byte[] thumbnail) {}
}
