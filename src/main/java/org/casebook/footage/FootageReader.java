package org.casebook.footage;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jcodec.api.FrameGrab;
import org.jcodec.api.JCodecException;
import org.jcodec.api.PictureWithMetadata;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;

/**
 * Reads H.264 video in MP4 with JCodec, in Java only: the keyframes (for the filmstrip; fast, as each decodes on its
 * own) or every frame (to compare two copies frame by frame). Anything JCodec cannot read, or that is past the
 * limits, is refused with a reason; nothing is kept from a read that failed.
 */
public final class FootageReader {
    public static final int MAX_FRAMES = 20_000;
    public static final long MAX_PIXELS = 3840L * 2160;
    static final int THUMBNAIL_WIDTH = 160;
    /** JCodec keeps samples as signed bytes, 128 below their brightness. */
    private static final int OFFSET = 128;

    private FootageReader() {}

    public static Footage keyframes(Path file) throws FootageUnreadable {
        return open(file, false);
    }

    public static Footage everyFrame(Path file) throws FootageUnreadable {
        return open(file, true);
    }

    /** The same from memory: a decrypted evidence file is never written to disk in the clear. */
    public static Footage keyframes(byte[] video) throws FootageUnreadable {
        return read(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(video)), false);
    }

    public static Footage everyFrame(byte[] video) throws FootageUnreadable {
        return read(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(video)), true);
    }

    private static Footage open(Path file, boolean every) throws FootageUnreadable {
        try (FileChannelWrapper channel = NIOUtils.readableChannel(file.toFile())) {
            return read(channel, every);
        } catch (IOException e) {
            throw new FootageUnreadable("The file cannot be read as H.264 video in MP4 ("
                    + e.getClass().getSimpleName() + ").");
        }
    }

    private static Footage read(SeekableByteChannel channel, boolean every) throws FootageUnreadable {
        try {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            DemuxerTrackMeta meta = grab.getVideoTrack().getMeta();
            int total = meta.getTotalFrames();
            if (total <= 0 || total > MAX_FRAMES) {
                throw new FootageUnreadable(
                        "The video has " + total + " frames; Casebook reads 1 to " + MAX_FRAMES + ".");
            }
            int[] keys = meta.getSeekFrames() == null
                    ? new int[] {0}
                    : meta.getSeekFrames().clone();
            Arrays.sort(keys);
            List<Footage.Frame> frames = new ArrayList<>();
            int width = 0;
            int height = 0;
            if (every) {
                PictureWithMetadata p;
                for (int index = 0; (p = grab.getNativeFrameWithMetadata()) != null; index++) {
                    check(p.getPicture());
                    boolean key = Arrays.binarySearch(keys, index) >= 0;
                    frames.add(frame(index, p, key));
                    width = p.getPicture().getCroppedWidth();
                    height = p.getPicture().getCroppedHeight();
                }
            } else {
                for (int key : keys) {
                    grab.seekToFramePrecise(key);
                    PictureWithMetadata p = grab.getNativeFrameWithMetadata();
                    if (p == null) {
                        break;
                    }
                    check(p.getPicture());
                    frames.add(frame(key, p, true));
                    width = p.getPicture().getCroppedWidth();
                    height = p.getPicture().getCroppedHeight();
                }
            }
            if (frames.isEmpty()) {
                throw new FootageUnreadable("No frame of the video could be decoded.");
            }
            return new Footage(width, height, meta.getTotalDuration(), total, List.copyOf(frames));
        } catch (FootageUnreadable e) {
            throw e;
        } catch (IOException | JCodecException | RuntimeException e) {
            // JCodec signals a corrupt or truncated stream with any runtime exception it happens to meet.
            throw new FootageUnreadable("The file cannot be read as H.264 video in MP4 ("
                    + e.getClass().getSimpleName() + ").");
        }
    }

    private static void check(Picture picture) throws FootageUnreadable {
        if (picture == null || (long) picture.getCroppedWidth() * picture.getCroppedHeight() > MAX_PIXELS) {
            throw new FootageUnreadable("The video's frames are larger than 3840×2160.");
        }
    }

    private static Footage.Frame frame(int index, PictureWithMetadata p, boolean keyframe) throws IOException {
        Picture picture = p.getPicture();
        long hash = PerceptualHash.of(
                picture.getPlaneData(0),
                picture.getCroppedWidth(),
                picture.getCroppedHeight(),
                picture.getPlaneWidth(0),
                OFFSET);
        return new Footage.Frame(index, p.getTimestamp(), hash, keyframe, keyframe ? thumbnail(picture) : null);
    }

    private static byte[] thumbnail(Picture picture) throws IOException {
        BufferedImage full = AWTUtil.toBufferedImage(picture);
        int height = Math.max(1, full.getHeight() * THUMBNAIL_WIDTH / Math.max(1, full.getWidth()));
        BufferedImage small = new BufferedImage(THUMBNAIL_WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(full, 0, 0, THUMBNAIL_WIDTH, height, null);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(small, "png", png);
        return png.toByteArray();
    }
}
