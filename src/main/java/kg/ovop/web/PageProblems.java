package kg.ovop.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for with a wrong parameter answers 400 with the field and the problem on the
 * error page, never 500 (uploads that cannot be read are {@link UploadProblems}'). JSON endpoints get the same as problem details
 * ({@link ApiProblems}, which comes first).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageProblems {

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e) {
        return page(e.field() + ": " + e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return page(e.getName() + ": '" + e.getValue() + "' is not a valid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e) {
        return page(e.getParameterName() + ": is required");
    }

    private static ModelAndView page(String message) {
        ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("error", HttpStatus.BAD_REQUEST.getReasonPhrase());
        page.addObject("message", message);
        return page;
    }
}
