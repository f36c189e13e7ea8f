package org.casebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RememberedLocaleResolverTest {
    @Test
    void aChoiceMadeDuringTheRequestReplacesTheRememberedLanguage() {
        RememberedLocaleResolver resolver = new RememberedLocaleResolver("lang");
        resolver.setDefaultLocaleFunction(request ->
                Language.forAcceptLanguage(request.getHeader("Accept-Language")).locale());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Language", "tr-TR,tr;q=0.9");
        MockHttpServletResponse response = new MockHttpServletResponse();

        LocaleContext context = resolver.resolveLocaleContext(request);
        assertThat(context.getLocale()).isEqualTo(Language.tr.locale());
        assertThat(context.getLocale()).as("asked again").isEqualTo(Language.tr.locale());

        resolver.setLocale(request, response, Language.ru.locale());
        assertThat(context.getLocale()).as("after ?lang=ru").isEqualTo(Language.ru.locale());
        assertThat(response.getCookie("lang")).isNotNull();

        MockHttpServletRequest next = new MockHttpServletRequest("GET", "/");
        next.setCookies(response.getCookie("lang"));
        assertThat(resolver.resolveLocaleContext(next).getLocale())
                .as("the next request, by the cookie")
                .isEqualTo(Locale.forLanguageTag("ru"));
    }
}
