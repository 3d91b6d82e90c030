package kg.ovop.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** An upload the servlet cannot take (over its size limit, or not a readable multipart body): say which field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UploadProblems {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "file",
                "is larger than the upload limit");
    }

    /** A broken multipart body, or a plain form posted where a file is expected. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadable(MultipartException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "Invalid request", "file", "the upload is not a readable multipart form");
    }
}
