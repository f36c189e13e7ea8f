package org.casebook.ingest;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The CoreNLP pipeline, loaded once on first use (about 25 s and 2.5 GB) and shared: loading it at start would
 * slow every start for a feature most starts do not use. Annotation itself is thread-safe in CoreNLP.
 */
@Component
class ArticleReader {
    private static volatile StanfordCoreNLP pipeline;

    public CoreDocument read(String text, LocalDate published) {
        Annotation annotation = new Annotation(text);
        if (published != null) {
            // Relative dates ("late Sunday") are resolved against the article's own date.
            annotation.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        CoreDocument document = new CoreDocument(annotation);
        pipeline().annotate(document);
        return document;
    }

    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP loaded = pipeline;
        if (loaded == null) {
            synchronized (ArticleReader.class) {
                loaded = pipeline;
                if (loaded == null) {
                    Properties props = new Properties();
                    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
                    props.setProperty("coref.algorithm", "statistical");
                    props.setProperty("ner.applyFineGrained", "false");
                    // CoreNLP's own quote attribution was built on novels and misreads news; ArticleAnalysis attributes
                    // quotes.
                    props.setProperty("quote.attributeQuotes", "false");
                    // A headline and a dateline end without a full stop; a blank line ends them.
                    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
                    loaded = new StanfordCoreNLP(props);
                    pipeline = loaded;
                }
            }
        }
        return loaded;
    }
}
