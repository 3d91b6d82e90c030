package kg.ovop.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload over the servlet's size limit is refused before any controller runs; say which field. */
@RestControllerAdvice
public class UploadProblems {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "file",
                "is larger than the upload limit");
    }
}
