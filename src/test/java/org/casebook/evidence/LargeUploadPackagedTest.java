package org.casebook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 2 GiB upload streams to disk: the heap stays small. Runs in its own JVM (Failsafe, -Xmx1g) because a 2 GiB
 * file would slow every later verification in a shared test database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LargeUploadPackagedTest {
    @Autowired
    AccountService accounts;

    static final long SIZE = 2L * 1024 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    EvidenceStore store;

    /** A generated stream: a 1 MiB random block, each repetition varied by a counter so the content is not periodic. */
    static InputStream generated(long size) {
        byte[] block = new byte[1 << 20];
        new Random(7).nextBytes(block);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= size) {
                    return -1;
                }
                int inBlock = (int) (position % block.length);
                int n = (int) Math.min(Math.min(length, block.length - inBlock), size - position);
                System.arraycopy(block, inBlock, buffer, offset, n);
                buffer[offset] ^= (byte) (position / block.length);
                position += n;
                return n;
            }
        };
    }

    @Test
    void aTwoGigabyteUploadKeepsHeapGrowthSmall() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/v1/evidence?sourceId=1&filename=large.bin"))
                                .header("Content-Type", "application/octet-stream")
                                .header(
                                        "Authorization",
                                        "Bearer "
                                                + TestAccounts.create(accounts, Role.contributor)
                                                        .token())
                                .POST(HttpRequest.BodyPublishers.fromPublisher(
                                        HttpRequest.BodyPublishers.ofInputStream(() -> generated(SIZE)), SIZE))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - baseline;
        long peakGrowth = peak.get() - baseline;
        System.out.printf(
                "2 GiB upload: %.1f s (%.0f MB/s), peak heap growth %d MiB, retained after GC %d MiB%n",
                seconds, SIZE / 1e6 / seconds, peakGrowth >> 20, retained >> 20);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"size\":" + SIZE);
        // Buffering the file would need 2 GiB and fail under -Xmx1g; streaming needs a few segment buffers.
        assertThat(peakGrowth).isLessThan(400L << 20);
        assertThat(retained).isLessThan(64L << 20);
        String sha = response.body().replaceAll(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1");
        Files.deleteIfExists(store.path(sha));
    }
}
