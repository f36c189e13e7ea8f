package org.casebook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files built to exhaust whoever parses them, uploaded as evidence while another client keeps reading the public
 * site: each is stored and hashed, its metadata marked "not extracted" with the reason, and the site answers
 * throughout (issue 21, finding 2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecompressionBombTest {
    private static final long EXPANDED = 400L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void bombsAreStoredWithoutBeingParsedAndTheSiteKeepsAnswering() throws Exception {
        HttpApi api = new HttpApi(
                port, TestAccounts.create(accounts, Role.contributor).token());
        HttpApi visitor = new HttpApi(port);
        AtomicBoolean uploading = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            while (uploading.get()) {
                try {
                    int status = visitor.get("/api/public/v1/persons?q=Heyit").status();
                    if (status != 200) {
                        failures.add("public API answered " + status);
                    }
                    answered.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add("public API did not answer: " + e);
                }
            }
        });
        try {
            Map<String, byte[]> bombs = Map.of(
                    "bomb.zip", zip(Map.of("zeros.bin", ""), "zeros.bin"),
                    "bomb.docx",
                            zip(
                                    Map.of(
                                            "[Content_Types].xml",
                                            contentTypes("wordprocessingml.document.main"),
                                            "word/document.xml",
                                            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"),
                                    "word/document.xml"),
                    "bomb.xlsx",
                            zip(
                                    Map.of(
                                            "[Content_Types].xml",
                                            contentTypes("spreadsheetml.sheet.main"),
                                            "xl/sharedStrings.xml",
                                            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"),
                                    "xl/sharedStrings.xml"),
                    "flood.png", pixelFlood());
            for (Map.Entry<String, byte[]> bomb : bombs.entrySet()) {
                HttpApi.Reply stored = api.postBytes(
                        "/api/v1/evidence?sourceId=1&filename=" + bomb.getKey(),
                        "application/octet-stream",
                        bomb.getValue());
                assertThat(stored.status())
                        .as(bomb.getKey() + ": " + stored.body())
                        .isEqualTo(201);
                assertThat(stored.json().get("evidence").get("metadata").asString())
                        .as(bomb.getKey())
                        .contains("notExtracted");
                assertThat(stored.json().get("evidence").get("sha256").asString())
                        .hasSize(64);
            }
        } finally {
            uploading.set(false);
            reader.join();
        }
        assertThat(failures).isEmpty();
        assertThat(answered.get()).isPositive();
    }

    /** A zip whose {@code big} entry is its text followed by hundreds of megabytes of the same few bytes. */
    private static byte[] zip(Map<String, String> entries, String big) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                if (entry.getKey().equals(big)) {
                    byte[] filler = (big.endsWith(".xml") ? "<w:p/>" : "\0\0\0\0\0\0")
                            .repeat(10_000)
                            .getBytes(StandardCharsets.UTF_8);
                    for (long written = 0; written < EXPANDED; written += filler.length) {
                        zip.write(filler);
                    }
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String contentTypes(String main) {
        return "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + main + "+xml\"/></Types>";
    }

    /** A PNG that declares 100,000 × 100,000 pixels in a few hundred bytes. */
    private static byte[] pixelFlood() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(100_000);
        ihdr.writeInt(100_000);
        ihdr.write(new byte[] {8, 2, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
            deflate.write(new byte[1000]);
        }
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
