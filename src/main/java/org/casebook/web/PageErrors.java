package org.casebook.web;

import jakarta.servlet.http.HttpServletResponse;
import org.casebook.records.InvalidInput;
import org.casebook.records.RecordNotFound;
import org.casebook.records.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/** Readable error pages for the documenters' pages; the API has its own problem details. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {
    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(RecordNotFound.class)
    String notFound(RecordNotFound e, Model model, HttpServletResponse response) {
        return page(model, response, 404, Texts.t("app.errorPage.notFound"), e.getMessage());
    }

    @ExceptionHandler(StaleVersion.class)
    String stale(StaleVersion e, Model model, HttpServletResponse response) {
        return page(model, response, 409, Texts.t("app.errorPage.stale"), e.getMessage());
    }

    @ExceptionHandler({InvalidInput.class, MethodArgumentTypeMismatchException.class})
    String invalid(Exception e, Model model, HttpServletResponse response) {
        String message = e instanceof MethodArgumentTypeMismatchException m
                ? Texts.t("app.errorPage.badValue", "name", m.getName())
                : e.getMessage();
        return page(model, response, 400, Texts.t("app.errorPage.invalid"), message);
    }

    @ExceptionHandler({ServletRequestBindingException.class, MultipartException.class})
    String incomplete(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, 400, Texts.t("app.errorPage.invalid"), Texts.t("app.errorPage.incomplete"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(Exception e, Model model, HttpServletResponse response) {
        return page(model, response, 403, Texts.t("app.errorPage.denied"), Texts.t("app.errorPage.deniedDetail"));
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) {
        log.error("Unexpected error on a page", e);
        return page(
                model, response, 500, Texts.t("app.errorPage.unexpected"), Texts.t("app.errorPage.unexpectedDetail"));
    }

    private static String page(Model model, HttpServletResponse response, int status, String title, String message) {
        response.setStatus(status);
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        return "error";
    }
}
