package org.casebook.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into UTF-8 bytes and written in one piece. jte's own view writes each small piece of a page to
 * the response's writer, and the ETag filter's writer (Spring's content-caching wrapper) encodes and flushes after
 * every write: about a quarter of a person page's rendering went there (docs/benchmarks.md). A template that fails also
 * leaves nothing half-written, so the error page is whole.
 */
@Configuration
class WholePages {
    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
        return new JteViewResolver(engine, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new WholePage(engine);
            }
        };
    }

    static final class WholePage extends JteView {
        private static final int PIECES = 1024;
        private final TemplateEngine engine;

        WholePage(TemplateEngine engine) {
            super(engine);
            this.engine = engine;
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            // A page is some hundreds of pieces, each its own byte array: room for them from the start, and the whole
            // page copied out in one write (each write to the ETag filter's buffer has a cost of its own).
            Utf8ByteOutput page = new Utf8ByteOutput(PIECES);
            engine.render(getUrl(), model, page);
            byte[] bytes = page.toByteArray();
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
