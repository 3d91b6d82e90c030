package kg.ovop.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * A NUL character is never text anyone means, and PostgreSQL refuses to store it (an error deep
 * in a query, a 500). It is refused at the door instead, naming where it was: in a JSON string
 * (our JSON bodies), a query parameter, or a form field of our pages.
 */
@Configuration
public class NulCharacters {

    static final String PROBLEM = "must not contain a NUL character";

    /** JSON strings: Jackson reports the field's path, {@link ApiProblems} names it. */
    @Bean
    Module refuseNulInJsonStrings() {
        return new SimpleModule("refuse-nul").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                if (text != null && text.indexOf('\0') >= 0) {
                    throw InvalidFormatException.from(parser, PROBLEM, text, String.class);
                }
                return text;
            }
        });
    }

    /** Query parameters and form fields, wherever it is safe to read them before the handler. */
    @Component
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    static class ParameterFilter extends OncePerRequestFilter {

        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String field = readable(request) ? firstNul(request) : null;
            if (field != null) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                JSON.writeValue(response.getWriter(), Map.of("status", 400, "title", "Invalid request", "detail", field + ": " + PROBLEM,
                        "errors", List.of(Map.of("field", field, "message", PROBLEM))));
                return;
            }
            chain.doFilter(request, response);
        }

        /**
         * Parameters that are safe to read here: not a multipart body (the upload's own checks apply
         * there) and not a form the webapps read from the request body themselves.
         */
        private static boolean readable(HttpServletRequest request) {
            String type = String.valueOf(request.getContentType()).toLowerCase(java.util.Locale.ROOT);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean camunda = path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
            return !type.startsWith("multipart/") && !(camunda && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE));
        }

        /** The first parameter whose name or a value holds a NUL; "(parameters)" when it is the name itself. */
        private static String firstNul(HttpServletRequest request) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (parameter.getKey().indexOf('\0') >= 0) {
                    return "(parameters)";
                }
                for (String value : parameter.getValue()) {
                    if (value != null && value.indexOf('\0') >= 0) {
                        return parameter.getKey();
                    }
                }
            }
            return null;
        }
    }
}
