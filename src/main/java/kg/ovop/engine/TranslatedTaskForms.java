package kg.ovop.engine;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kg.ovop.web.Language;

/**
 * Task forms in the reviewer's language: the deployed form Tasklist (or an /engine-rest client)
 * fetches is translated by {@link FormTranslations} for the first of Kyrgyz, Russian and English
 * the browser asks for in Accept-Language, the same setting that picks Tasklist's own language.
 * The form the server validates against stays the deployed one.
 */
@Configuration
class TranslatedTaskForms {

    private static final List<String> OFFERED = List.of("ky", "ru", "en");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> translatedTaskFormsFilter(FormTranslations translations) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(translations));
        registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    static Language language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.en;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return tag == null ? Language.en : Language.of(tag);
        } catch (IllegalArgumentException malformed) {
            return Language.en;
        }
    }

    static final class Filter extends OncePerRequestFilter {

        private final FormTranslations translations;

        Filter(FormTranslations translations) {
            this.translations = translations;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) || !request.getRequestURI().endsWith("/deployed-form");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.addHeader("Vary", "Accept-Language");
            Language language = language(request.getHeader("Accept-Language"));
            if (language == Language.en) {
                chain.doFilter(request, response);
                return;
            }
            ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, captured);
            if (captured.getStatus() == HttpServletResponse.SC_OK) {
                byte[] translated = translations.translate(captured.getContentAsByteArray(), language);
                captured.resetBuffer();
                captured.getOutputStream().write(translated);
            }
            captured.copyBodyToResponse();
        }
    }
}
