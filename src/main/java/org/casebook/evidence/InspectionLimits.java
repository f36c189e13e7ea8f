package org.casebook.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What evidence inspection may cost. Parsers build whole documents and images in memory, so a small file that
 * expands into gigabytes (a decompression bomb, a pixel flood) would exhaust the server; these checks read only
 * headers or stream through an archive counting bytes, in constant memory, before any parser sees the file.
 */
final class InspectionLimits {
    static final Duration TIME_LIMIT = Duration.ofSeconds(30);
    static final long MAX_EXPANDED_BYTES = 512L * 1024 * 1024;
    /** An XML part becomes a tree in memory (office documents), so it is held to much less. */
    static final long MAX_XML_PART_BYTES = 32L * 1024 * 1024;

    static final long MAX_RATIO = 100;
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_PIXELS = 50_000_000;

    /** Two parsers at a time at most; a further upload is stored without metadata rather than queued behind them. */
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(
            2,
            2,
            0,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            Thread.ofPlatform().daemon().name("evidence-inspection-", 0).factory());

    Optional<String> check(FileInspection.Content content, long size) {
        try (InputStream in = new BufferedInputStream(content.open())) {
            in.mark(8);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return archive(in, size);
            }
            return pixels(in);
        } catch (IOException | RuntimeException e) {
            // Unreadable as an archive or image: the parser will say what it can, within the time limit.
            return Optional.empty();
        }
    }

    private static Optional<String> archive(InputStream in, long size) throws IOException {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Optional.of("the archive has more than " + MAX_ENTRIES + " entries");
                }
                long part = 0;
                boolean xml =
                        entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    part += n;
                    total += n;
                    if (xml && part > MAX_XML_PART_BYTES) {
                        return Optional.of("the part " + entry.getName() + " expands past "
                                + MAX_XML_PART_BYTES / (1024 * 1024) + " MiB");
                    }
                    if (total > MAX_EXPANDED_BYTES || total > Math.max(size, 1) * MAX_RATIO) {
                        return Optional.of("the archive expands past "
                                + (total > MAX_EXPANDED_BYTES
                                        ? MAX_EXPANDED_BYTES / (1024 * 1024) + " MiB"
                                        : MAX_RATIO + " times its size"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Reads an image's declared size from its header, never its pixels. */
    private static Optional<String> pixels(InputStream in) throws IOException {
        try (ImageInputStream image = ImageIO.createImageInputStream(in)) {
            if (image == null) {
                return Optional.empty();
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(image);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(image, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                return pixels > MAX_PIXELS
                        ? Optional.of("the image declares " + pixels + " pixels, more than " + MAX_PIXELS)
                        : Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** Runs the work on the pool within the time limit; otherwise answers what {@code notDone} makes of the reason. */
    <T> T timeBoxed(Callable<T> work, Function<String, T> notDone) {
        Future<T> job;
        try {
            job = workers.submit(work);
        } catch (RejectedExecutionException busy) {
            return notDone.apply("two other files were being inspected");
        }
        try {
            return job.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            return notDone.apply("inspection took longer than " + TIME_LIMIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            return notDone.apply("inspection failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return notDone.apply("inspection was interrupted");
        }
    }
}
