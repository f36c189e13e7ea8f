package org.casebook.web;

import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem document's title in the reader's language (Accept-Language, or the language chosen on the site),
 * said in Content-Language. The title is for people; a program reads the status and the field names, which stay
 * the same in every language, as does the detail (it names the field and the rule in English).
 */
@ControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {
    /** The titles Casebook sets itself; any other is the status's own phrase. */
    private static final Map<String, String> KEYS = Map.of(
            "Invalid input", "problem.invalid",
            "Not allowed", "problem.denied",
            "Unreadable request body", "problem.unreadable");

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(title(problem));
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, Texts.lang());
        }
        return body;
    }

    static String title(ProblemDetail problem) {
        String english = problem.getTitle();
        String key = english != null && KEYS.containsKey(english)
                ? KEYS.get(english)
                : "problem.status." + problem.getStatus();
        String title = Texts.t(key);
        return title.equals(key) ? english : title;
    }
}
