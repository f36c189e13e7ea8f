package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who said each quote, in the ways news articles name speakers; the text is written for this test. */
class QuoteSpeakerExtractionTest {
    private final Extractor extractor = new Extractor(new ArticleReader());

    @Test
    void eachQuoteGoesToItsSpeaker() {
        Extraction found = extractor.extract("""
                The singer Nur Kamal would perform at a ceremony organised by the Kashgar Academy of Music, the academy's spokesman, Omer Sabit, told reporters.

                Kamal is "the most famous voice of her generation in the whole region," the academy wrote on its website.

                "She has toured in Turkey, France and Canada in recent years," it added.

                "I think it would be premature to read her appearance as a sign of change," said Leyla Osman, a long-time friend of Kamal.

                Other musicians have been "allowed out and then made to repeat what officials want them to say," she said.

                "We want to see our father alive. Where are the others?" Dilnur Yasin, a student living in Norway, posted on Twitter.""", "Test Daily", LocalDate.of(2019, 10, 30));
        Map<String, String> speakers = found.quotes().stream()
                .collect(Collectors.toMap(
                        q -> q.text().split(" ")[0] + " " + q.text().split(" ")[1], q -> String.valueOf(q.speaker())));
        assertThat(speakers)
                .containsEntry("the most", "Kashgar Academy of Music")
                .containsEntry("She has", "Kashgar Academy of Music")
                .containsEntry("I think", "Leyla Osman")
                .containsEntry("allowed out", "Leyla Osman")
                .containsEntry("We want", "Dilnur Yasin");
    }
}
