package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.access.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Reading a folder of articles, then the same articles as a zip: the second run reads nothing twice. */
@SpringBootTest
class IngestCommandTest {
    @Autowired
    ArticleService articles;

    @Test
    void aFolderIsReadWithProgressAndAZipOfTheSameFilesIsSkipped() throws Exception {
        Path folder = Files.createTempDirectory("articles");
        String unique = Long.toString(System.nanoTime());
        Files.writeString(
                folder.resolve("a.html"), ArticleTextTest.PAGE.replace("Kashgar,", "Kashgar (" + unique + "),"));
        Files.writeString(
                folder.resolve("b.txt"),
                "Teacher missing\n\nPublished 02.05.2019 10:00\n\n"
                        + "Relatives said on Monday that the teacher Mihrigul Testova has been missing since April ("
                        + unique + ").");
        Files.writeString(folder.resolve("notes.csv"), "not an article");

        Map<String, byte[]> files = IngestCommand.files(folder);
        assertThat(files).containsOnlyKeys("a.html", "b.txt");
        String first = captured(() -> assertThat(IngestCommand.read(articles, files, Map.of("party", "media")))
                .isZero());
        assertThat(first).contains("[1/2] a.html: read into article").contains("[2/2] b.txt: read into article");

        long articleId = Long.parseLong(first.replaceAll("(?s).*a.html: read into article (\\d+).*", "$1"));
        Article article = CurrentUser.asSystem("tests", () -> articles.get(articleId));
        assertThat(article.publisher()).isEqualTo("Test Daily");
        assertThat(article.publishedOn()).hasToString("2020-03-04");
        assertThat(article.proposals().persons())
                .extracting(Extraction.PersonProposal::name)
                .contains("Ablimit Testov");

        Path zip = Files.createTempFile("articles", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var f : files.entrySet()) {
                out.putNextEntry(new ZipEntry("folder/" + f.getKey()));
                out.write(f.getValue());
            }
        }
        Map<String, byte[]> zipped = IngestCommand.files(zip);
        String second = captured(
                () -> assertThat(IngestCommand.read(articles, zipped, Map.of())).isZero());
        assertThat(second)
                .contains("folder/a.html: read before as article " + articleId)
                .contains("folder/b.txt: read before");
    }

    private static String captured(Runnable work) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
