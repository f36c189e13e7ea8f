package org.casebook.prooflife;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.evidence.Evidence;
import org.casebook.evidence.EvidenceStore;
import org.casebook.footage.Footage;
import org.casebook.footage.FootageComparison;
import org.casebook.footage.FootageReader;
import org.casebook.footage.FootageUnreadable;
import org.casebook.records.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * Video answers read from the evidence store: each file is decrypted (its hash checked, its custody logged) in
 * memory only. Finished analyses are kept in memory for the pages that show them;
 * an analysis that fails is never kept, so there is no half-written analysis to find.
 */
@Component
public class FootageAnalyses {
    private static final int KEPT = 16;
    /** Decrypted in memory, never on disk in the clear. */
    static final long MAX_BYTES = 256L << 20;

    private final EvidenceStore evidence;
    private final Map<String, Footage> keyframes = lru();
    private final Map<String, Footage> everyFrame = lru();

    FootageAnalyses(EvidenceStore evidence) {
        this.evidence = evidence;
    }

    public Footage keyframes(String sha256, String actor) {
        return read(sha256, actor, false);
    }

    public List<FootageComparison.Segment> compare(String first, String second, String actor) {
        try {
            return FootageComparison.compare(read(first, actor, true), read(second, actor, true));
        } catch (FootageUnreadable e) {
            throw new InvalidInput("compare", e.getMessage(), "app.error.footageCompare", "reason", e.getMessage());
        }
    }

    private Footage read(String sha256, String actor, boolean every) {
        // Who may open the file is asked every time, before anything kept is handed out: a file only editors may
        // open stays theirs even after an editor's look filled the cache.
        Evidence file = evidence.readable(sha256);
        Map<String, Footage> kept = every ? everyFrame : keyframes;
        synchronized (kept) {
            Footage known = kept.get(sha256);
            if (known != null) {
                return known;
            }
        }
        if (!file.mediaType().startsWith("video/")) {
            throw new InvalidInput(
                    "sha256",
                    "this evidence file is " + file.mediaType() + ", not a video",
                    "app.error.notVideo",
                    "type",
                    file.mediaType());
        }
        if (file.size() > MAX_BYTES) {
            throw new InvalidInput(
                    "sha256", "videos up to 256 MiB are analysed; this one is larger", "app.error.videoTooLarge");
        }
        try {
            ByteArrayOutputStream clear = new ByteArrayOutputStream((int) file.size());
            evidence.copyTo(file, actor, () -> clear);
            byte[] video = clear.toByteArray();
            Footage footage = every ? FootageReader.everyFrame(video) : FootageReader.keyframes(video);
            synchronized (kept) {
                kept.put(sha256, footage);
            }
            return footage;
        } catch (FootageUnreadable e) {
            throw new InvalidInput("sha256", e.getMessage(), "app.error.videoUnreadable", "reason", e.getMessage());
        } catch (IOException e) {
            throw new InvalidInput(
                    "sha256", "the video could not be read from the evidence store", "app.error.videoMissing");
        }
    }

    private static Map<String, Footage> lru() {
        return new LinkedHashMap<>(KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Footage> eldest) {
                return size() > KEPT;
            }
        };
    }
}
