package org.casebook.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Which language a page is in: a reader's explicit choice first (the switcher's {@code ?lang=}, remembered in a
 * cookie for a year), then their browser's Accept-Language, then English.
 */
@Configuration
class LanguageConfig implements WebMvcConfigurer {
    static final String COOKIE = "lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new RememberedLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request ->
                Language.forAcceptLanguage(request.getHeader("Accept-Language")).locale());
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // Only our languages are remembered; anything else in ?lang= is ignored, not an error.
                Language.parse(request.getParameter("lang"))
                        .ifPresent(language -> localeResolver().setLocale(request, response, language.locale()));
                return true;
            }
        });
    }
}
