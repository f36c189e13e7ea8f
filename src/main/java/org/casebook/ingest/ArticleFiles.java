package org.casebook.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.Tika;
import org.apache.tika.exception.TikaException;
import org.casebook.records.InvalidInput;

/** Text from an article's file: HTML through ArticleText, anything else (.txt, .pdf, .docx) through Tika. */
final class ArticleFiles {
    static final long MAX_BYTES = 10L << 20;

    private ArticleFiles() {}

    static boolean readable(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt")
                || n.endsWith(".html")
                || n.endsWith(".htm")
                || n.endsWith(".pdf")
                || n.endsWith(".docx");
    }

    static ArticleText read(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("file", "at most 10 MB", "app.error.fileTooLarge");
        }
        try {
            Tika tika = new Tika();
            String type = tika.detect(bytes, name);
            if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
                return ArticleText.fromHtml(new String(bytes, StandardCharsets.UTF_8));
            }
            tika.setMaxStringLength(Extractor.MAX_CHARS);
            return ArticleText.fromPlainText(tika.parseToString(new ByteArrayInputStream(bytes)));
        } catch (IOException | TikaException e) {
            throw new InvalidInput(
                    "file", "could not read text from this file; paste the text instead", "app.error.fileUnreadable");
        }
    }
}
