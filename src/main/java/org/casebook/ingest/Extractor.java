package org.casebook.ingest;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.time.LocalDate;
import org.casebook.records.InvalidInput;
import org.springframework.stereotype.Service;

/** Reads an article into proposals (persons, quotes with speakers, attributions, status claims); saves nothing. */
@Service
class Extractor {
    public static final int MAX_CHARS = 200_000;
    private final ArticleReader reader;

    public Extractor(ArticleReader reader) {
        this.reader = reader;
    }

    public Extraction extract(String text, String publisher, LocalDate published) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("text", "give the article's text", "app.error.noText");
        }
        if (text.length() > MAX_CHARS) {
            throw new InvalidInput(
                    "text",
                    "at most " + MAX_CHARS + " characters; split longer documents",
                    "app.error.textTooLong",
                    "max",
                    MAX_CHARS);
        }
        long started = System.nanoTime();
        CoreDocument doc = reader.read(text, published);
        ArticleAnalysis analysis = new ArticleAnalysis(doc, publisher);
        return new Extraction(
                analysis.persons(),
                analysis.organisations(),
                analysis.quotes(),
                analysis.attributions(),
                analysis.claims(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
