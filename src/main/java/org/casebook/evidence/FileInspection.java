package org.casebook.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.casebook.ledger.CanonicalJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What a file is, judged by its bytes (never its name), and the metadata a documenter needs: capture date, GPS,
 * device, duration, page count. Parsing untrusted files can fail in many ways; a failure is recorded, not fatal.
 */
@Component
class FileInspection {
    private static final Logger log = LoggerFactory.getLogger(FileInspection.class);
    private static final int THUMBNAIL = 240;
    /** Metadata keys worth keeping (Tika names them in several vocabularies). */
    private static final List<String> KEPT = List.of(
            "dcterms:created",
            "exif:DateTimeOriginal",
            "Date/Time Original",
            "geo:lat",
            "geo:long",
            "tiff:Make",
            "tiff:Model",
            "xmpDM:duration",
            "xmpTPg:NPages",
            "meta:page-count",
            "tiff:ImageWidth",
            "tiff:ImageLength",
            "dc:title",
            "dc:creator",
            "pdf:producer");

    private final Tika tika = new Tika();
    private final InspectionLimits limits = new InspectionLimits();
    private final AutoDetectParser parser = new AutoDetectParser();

    String detect(byte[] head) {
        return tika.detect(head);
    }

    /** Opens the file's plain content again, as often as inspection needs it. */
    interface Content {
        InputStream open() throws IOException;
    }

    /** Canonical JSON metadata, and the thumbnail of an image (or null). */
    record Inspected(String metadata, byte[] thumbnail) {}

    /**
     * Metadata and thumbnail within limits: a file that would expand past them (an archive, an office document, an
     * image of too many pixels) is not parsed at all, parsing runs on a small pool of its own and is given up after
     * {@link InspectionLimits#TIME_LIMIT}; what was not extracted says why. The file itself is stored either way.
     */
    Inspected inspect(Content content, long size, String mediaType) {
        Optional<String> tooLarge = limits.check(content, size);
        if (tooLarge.isPresent()) {
            log.warn("Evidence metadata not extracted for a {} file: {}", mediaType, tooLarge.get());
            return new Inspected(notExtracted(tooLarge.get()), null);
        }
        return limits.timeBoxed(
                () -> new Inspected(
                        metadata(content, mediaType), mediaType.startsWith("image/") ? thumbnail(content) : null),
                reason -> new Inspected(notExtracted(reason), null));
    }

    private static String notExtracted(String reason) {
        return CanonicalJson.write(Map.of("notExtracted", reason));
    }

    /** Canonical JSON of the kept metadata fields, or of the reason extraction failed. */
    String metadata(Content content, String mediaType) {
        Map<String, Object> kept = new TreeMap<>();
        try (InputStream in = content.open()) {
            Metadata metadata = new Metadata();
            metadata.set(Metadata.CONTENT_TYPE, mediaType);
            parser.parse(in, new DefaultHandler(), metadata, new ParseContext());
            for (String name : metadata.names()) {
                if (KEPT.contains(name)) {
                    String[] values = metadata.getValues(name);
                    kept.put(name, values.length == 1 ? values[0] : Arrays.asList(values));
                }
            }
        } catch (Exception | LinkageError e) {
            log.info(
                    "Metadata extraction failed for a {} file: {}",
                    mediaType,
                    e.getClass().getSimpleName());
            kept.put("extractionError", e.getClass().getSimpleName());
        }
        return CanonicalJson.write(kept);
    }

    /** A small JPEG of an image, or null for anything that is not a readable image. */
    byte[] thumbnail(Content content) {
        try (InputStream in = content.open()) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                return null;
            }
            double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
            int w = Math.max(1, (int) (image.getWidth() * scale));
            int h = Math.max(1, (int) (image.getHeight() * scale));
            BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = small.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(small, "jpg", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
