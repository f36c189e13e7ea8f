package org.casebook.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.casebook.access.CurrentUser;
import org.casebook.records.InvalidInput;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * `casebook ingest FOLDER-OR-ZIP [--publisher=… --kind=… --party=… --reliability=…]`: reads every .txt, .html, .pdf
 * and .docx article into a source with proposals for review at /app/ingest. Prints progress per file; files read
 * before are skipped, so an interrupted run is resumed by running it again.
 */
public final class IngestCommand {
    static final int MAX_FILES = 10_000;

    private IngestCommand() {}

    public static int run(String[] args, Class<?> application) throws IOException {
        if (args.length < 2 || args[1].startsWith("--")) {
            System.err.println(
                    "usage: casebook ingest FOLDER-OR-ZIP [--publisher=NAME] [--kind=news_article] [--party=media]");
            return 2;
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>(List.of(
                "--casebook.demo-data.enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        for (String arg : Arrays.copyOfRange(args, 2, args.length)) {
            String name = arg.replaceFirst("^--", "").split("=", 2)[0];
            if (List.of("publisher", "kind", "party", "reliability").contains(name)) {
                options.put(name, arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "");
            } else {
                spring.add(arg);
            }
        }
        Map<String, byte[]> files = files(Path.of(args[1]));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run(spring.toArray(String[]::new))) {
            return read(context.getBean(ArticleService.class), files, options);
        }
    }

    static int read(ArticleService articles, Map<String, byte[]> files, Map<String, String> options) {
        ArticleCommand defaults = new ArticleCommand(
                null,
                null,
                options.get("publisher"),
                null,
                null,
                options.getOrDefault("kind", "news_article"),
                options.getOrDefault("party", "media"),
                options.getOrDefault("reliability", "C"));
        int done = 0;
        int failed = 0;
        for (var file : files.entrySet()) {
            done++;
            try {
                ArticleService.FileRead read = CurrentUser.asSystem(
                        "ingest", () -> articles.readFileNow(file.getKey(), file.getValue(), defaults));
                Article article = CurrentUser.asSystem("ingest", () -> articles.get(read.articleId()));
                if (article.state().equals("failed")) {
                    failed++;
                    System.out.printf(
                            "[%d/%d] %s: saved as article %d, reading failed: %s%n",
                            done, files.size(), file.getKey(), read.articleId(), article.failure());
                } else {
                    System.out.printf(
                            "[%d/%d] %s: %s article %d%n",
                            done,
                            files.size(),
                            file.getKey(),
                            read.readBefore() ? "read before as" : "read into",
                            read.articleId());
                }
            } catch (InvalidInput e) {
                failed++;
                System.out.printf("[%d/%d] %s: not read: %s%n", done, files.size(), file.getKey(), e.getMessage());
            }
        }
        System.out.printf("%d files, %d not read; review them at /app/ingest%n", files.size(), failed);
        return failed == 0 ? 0 : 1;
    }

    /** The articles in a folder (not its subfolders) or a zip, by name, in name order. */
    static Map<String, byte[]> files(Path path) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                for (Path p : list.filter(Files::isRegularFile)
                        .filter(p -> ArticleFiles.readable(p.getFileName().toString()))
                        .toList()) {
                    if (Files.size(p) <= ArticleFiles.MAX_BYTES) {
                        files.put(p.getFileName().toString(), Files.readAllBytes(p));
                    }
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(path);
                    ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null && files.size() < MAX_FILES; ) {
                    if (!e.isDirectory() && ArticleFiles.readable(e.getName())) {
                        // Read at most the size limit plus one byte, so a zip bomb cannot fill the memory.
                        byte[] bytes = zip.readNBytes((int) ArticleFiles.MAX_BYTES + 1);
                        if (bytes.length <= ArticleFiles.MAX_BYTES) {
                            files.put(e.getName(), bytes);
                        }
                    }
                }
            }
        }
        return files;
    }
}
