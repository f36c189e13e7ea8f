package org.casebook.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem document's title in the reader's language (Accept-Language, or the language chosen on the site),
 * said in Content-Language. Titles Casebook sets are written in that language where they are set; this turns a
 * status's own phrase ("Not Found") into the reader's words. The title is for people; a program reads the status
 * and the field names, which stay the same in every language, as does the detail (it names the field and the rule
 * in English).
 */
@ControllerAdvice
class ProblemTitles implements ResponseBodyAdvice<Object> {
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
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        if (status == null || !status.getReasonPhrase().equals(problem.getTitle())) {
            return problem.getTitle();
        }
        String key = "problem.status." + problem.getStatus();
        String title = Texts.t(key);
        return title.equals(key) ? problem.getTitle() : title;
    }
}
