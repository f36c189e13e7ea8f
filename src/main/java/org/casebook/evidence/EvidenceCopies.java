package org.casebook.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.casebook.access.Permissions;
import org.casebook.access.Role;
import org.casebook.records.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An image copied without anything the file says about itself: its pixels written again (PNG as PNG, JPEG as JPEG),
 * so no place, author, camera or date travels with it. The copy is a file of its own, attached wherever the
 * original is, its custody saying it was derived; the original stays as it was, sealed, the evidence the copy was
 * made from. An editor publishes the copy when the original's metadata could identify a family or a witness.
 */
@Service
public class EvidenceCopies {
    private final EvidenceStore store;
    private final EvidencePublication publication;

    EvidenceCopies(EvidenceStore store, EvidencePublication publication) {
        this.store = store;
        this.publication = publication;
    }

    /** Only images Casebook could read when they were registered (their thumbnail was made), so within its limits. */
    public static boolean copyable(Evidence evidence) {
        return evidence.hasThumbnail()
                && (evidence.mediaType().equals("image/png")
                        || evidence.mediaType().equals("image/jpeg"));
    }

    @Transactional
    public Evidence withoutMetadata(String sha256, String actor) {
        Permissions.require(Role.editor);
        Evidence original = store.get(sha256);
        if (!copyable(original)) {
            throw new InvalidInput(
                    "file", "only a PNG or JPEG image Casebook can read is copied", "app.error.evidenceNotCopyable");
        }
        EvidencePublication.Attachments attached = publication.attachments(original);
        if (attached.claims().isEmpty() && attached.sources().isEmpty()) {
            throw new InvalidInput(
                    "file", "attach the file to a claim or a source first", "app.error.evidenceNotAttached");
        }
        byte[] pixels = redrawn(original, actor);
        String name = "copy-without-metadata-of-" + sha256.substring(0, 12) + original.extension();
        Evidence copy = null;
        for (Long claim : attached.claims()) {
            copy = register(pixels, name, actor, new EvidenceStore.Attachment(null, claim));
        }
        for (Long source : attached.sources()) {
            copy = register(pixels, name, actor, new EvidenceStore.Attachment(source, null));
        }
        return copy;
    }

    private Evidence register(byte[] pixels, String name, String actor, EvidenceStore.Attachment attachment) {
        return store.register(new ByteArrayInputStream(pixels), name, "derived", actor, attachment);
    }

    /** The image decoded and encoded again: the encoder writes pixels and nothing of the original's metadata. */
    private byte[] redrawn(Evidence original, String actor) {
        try (InputStream in = store.open(original, actor)) {
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                throw new InvalidInput("file", "the image cannot be read", "app.error.evidenceNotCopyable");
            }
            boolean jpeg = original.mediaType().equals("image/jpeg");
            BufferedImage drawn = image;
            if (jpeg && image.getColorModel().hasAlpha()) {
                drawn = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                drawn.getGraphics().drawImage(image, 0, 0, null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(drawn, jpeg ? "jpg" : "png", out)) {
                throw new InvalidInput("file", "the image cannot be written again", "app.error.evidenceNotCopyable");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new EvidenceDamaged(original.sha256());
        }
    }
}
