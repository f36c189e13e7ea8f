package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.casebook.HttpApi;
import org.casebook.TestAccounts;
import org.casebook.access.Role;
import org.casebook.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/** Matching a route by its path first changes how fast a handler is found, never which one answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PathFirstMappingsTest {
    @LocalServerPort
    int port;

    @Autowired
    RequestMappingHandlerMapping mappings;

    @Autowired
    AccountService accounts;

    @Test
    void routesWithVariablesAnswerAsBefore() {
        assertThat(mappings.getClass().getEnclosingClass()).isEqualTo(PathFirstMappings.class);
        HttpApi visitor = new HttpApi(port);
        assertThat(visitor.get("/persons/CB-000001").status()).isEqualTo(200);
        assertThat(visitor.send("HEAD", "/persons/CB-000001", "text/plain", "").status())
                .as("HEAD is answered by the GET route")
                .isEqualTo(200);
        assertThat(visitor.get("/persons/CB-000001/nothing").status()).isEqualTo(404);
        assertThat(visitor.get("/css/casebook.css").status())
                .as("a static file")
                .isEqualTo(200);
        assertThat(visitor.get("/").status()).as("a route without variables").isEqualTo(200);
        assertThat(visitor.get("/pers%6Fns/CB-000001").status())
                .as("an escaped letter in a route's literal part")
                .isEqualTo(200);
        HttpApi editor =
                new HttpApi(port, TestAccounts.create(accounts, Role.editor).token());
        HttpApi.Reply wrongMethod = editor.delete("/api/v1/persons/CB-000001");
        assertThat(wrongMethod.status())
                .as("a route's path with a method it lacks")
                .isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void aRouteStartsWithTheTextBeforeItsFirstVariableOrWildcard() {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        assertThat(PathFirstMappings.literalStart(parser.parse("/persons/{publicId}")))
                .isEqualTo("/persons/");
        assertThat(PathFirstMappings.literalStart(parser.parse("/persons/{publicId}/bundle")))
                .isEqualTo("/persons/");
        assertThat(PathFirstMappings.literalStart(parser.parse("/webjars/**"))).isEqualTo("/webjars/");
        assertThat(PathFirstMappings.literalStart(parser.parse("/files/a?c"))).isEqualTo("/files/a");
        assertThat(PathFirstMappings.literalStart(parser.parse("/{*rest}"))).isEqualTo("/");
        assertThat(PathFirstMappings.literalStart(parser.parse("/status-rules")))
                .isEqualTo("/status-rules");
    }

    @Test
    void aRouteIsFiledUnderTheFirstSegmentOfItsStartWhenThatSegmentIsWhole() {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        assertThat(PathFirstMappings.segmentOf(PathFirstMappings.Start.of(parser.parse("/persons/{publicId}"))))
                .isEqualTo("persons");
        assertThat(PathFirstMappings.segmentOf(PathFirstMappings.Start.of(parser.parse("/api/v1/persons/{id}"))))
                .isEqualTo("api");
        assertThat(PathFirstMappings.segmentOf(PathFirstMappings.Start.of(parser.parse("/status-rules"))))
                .isEqualTo("status-rules");
        assertThat(PathFirstMappings.segmentOf(PathFirstMappings.Start.of(parser.parse("/"))))
                .isEmpty();
        assertThat(PathFirstMappings.segmentOf(PathFirstMappings.Start.of(parser.parse("/sitemap{ext}"))))
                .as("the segment may go on past the variable")
                .isNull();
        assertThat(PathFirstMappings.segmentOf(PathFirstMappings.Start.of(parser.parse("/{*rest}"))))
                .isNull();
    }
}
