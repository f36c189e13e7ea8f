package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleTextTest {
    static final String PAGE = """
            <!doctype html><html><head><title>Site | Poet detained</title>
            <meta property="og:title" content="Poet detained in Kashgar">
            <meta property="og:site_name" content="Test Daily">
            <meta property="article:published_time" content="2020-03-04T08:00:00Z">
            <script>var tracking = "secret";</script></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <article><h1>Poet detained in Kashgar</h1>
            <div class="share-buttons"><button>Share on Facebook</button> Share on Twitter</div>
            <p>The poet Ablimit Testov was detained in Kashgar, his sister said.</p>
            <p>She has had no contact with him since <b>March</b>.</p>
            <aside>Related: other stories</aside></article>
            <footer>Copyright Test Daily</footer></body></html>""";

    @Test
    void anHtmlPageGivesItsArticleBodyWithoutNavigationAndItsTitlePublisherAndDate() {
        ArticleText found = ArticleText.fromHtml(PAGE);
        assertThat(found.text()).isEqualTo("""
                Poet detained in Kashgar

                The poet Ablimit Testov was detained in Kashgar, his sister said.

                She has had no contact with him since March.""");
        assertThat(found.text()).doesNotContain("Home", "Share", "tracking", "Related", "Copyright");
        assertThat(found.title()).isEqualTo("Poet detained in Kashgar");
        assertThat(found.publisher()).isEqualTo("Test Daily");
        assertThat(found.publishedOn()).isEqualTo(LocalDate.of(2020, 3, 4));
    }

    @Test
    void plainTextGivesItsFirstLineAndADateline() {
        ArticleText found =
                ArticleText.fromPlainText("China rejects mass detention\n\nPublished 13.02.2019 00:21\n\nText.");
        assertThat(found.title()).isEqualTo("China rejects mass detention");
        assertThat(found.publishedOn()).isEqualTo(LocalDate.of(2019, 2, 13));
        assertThat(ArticleText.fromPlainText("Title\nDate: 2021-06-30\nBody").publishedOn())
                .isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(ArticleText.fromPlainText("No date here.").publishedOn()).isNull();
        assertThat(ArticleText.fromPlainText("Published 31.02.2019").publishedOn())
                .isNull();
    }
}
