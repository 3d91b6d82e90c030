package kg.ovop.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.databind.JsonMappingException;

import kg.ovop.engine.InvalidFormInputException;

/**
 * Errors of our JSON endpoints as RFC 7807 problem details, always naming the field:
 * {@code {"status":400,"detail":"...","errors":[{"field":"stars","message":"..."}]}}.
 */
@RestControllerAdvice(annotations = ProblemResponses.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems {

    public static ProblemDetail problem(HttpStatus status, String title, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field == null ? message : field + ": " + message);
        problem.setTitle(title);
        problem.setType(URI.create("https://ovop.kg/problems/" + title.toLowerCase().replace(' ', '-')));
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return problem;
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.field(), e.getMessage());
    }

    @ExceptionHandler(InvalidFormInputException.class)
    ProblemDetail invalidInput(InvalidFormInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.field(), e.getMessage().substring(e.field().length() + 2));
    }

    /** A body Jackson cannot read: the field's path when it names one (a wrong type, a NUL character). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : String.valueOf(step.getIndex()))
                    .collect(java.util.stream.Collectors.joining("."));
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", field, mapping.getOriginalMessage());
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", null, "the body is not readable JSON of the expected shape");
    }

        @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getName(), "'" + e.getValue() + "' is not a valid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getParameterName(), "is required");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        FieldError first = e.getBindingResult().getFieldError();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                first == null ? null : first.getField(), first == null ? "invalid body" : first.getDefaultMessage());
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.isEmpty() ? null : errors.get(0).get("field"),
                errors.isEmpty() ? "invalid parameters" : errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        return problem;
    }
}
