package app.ponte.api;

import app.ponte.security.AccessDenied;
import app.ponte.security.Problems;
import app.ponte.security.StoreUnavailable;
import app.ponte.security.UnknownRecord;
import app.ponte.shared.DomainException;
import app.ponte.shared.InvalidField;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem detail: a body whose JSON has not the document's shape (a wrong type, an
 * unknown field) 400 naming the field and the expected form, a value breaking a rule 422 naming the field and the
 * rule, a bad query parameter 400 naming the parameter and the rule, an unsupported media type 415, a rule of the domain 409 with the domain's own message, unknown records
 * 404, access 403. Nothing else escapes: an unexpected failure is
 * logged with an id and answered 500 with only that id, never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalid(InvalidField invalid) {
        return invalidField(invalid.field(), invalid.rule(), invalid.getMessage());
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException refused) {
        var problem = Problems.of(HttpStatus.CONFLICT, "refused", refused.getMessage());
        problem.setProperty("rule", refused.getClass().getSimpleName());
        return problem;
    }

    @ExceptionHandler(AccessDenied.class)
    ProblemDetail denied(AccessDenied denied) {
        return Problems.of(HttpStatus.FORBIDDEN, "access-denied", denied.getMessage());
    }

    @ExceptionHandler(UnknownRecord.class)
    ProblemDetail unknown(UnknownRecord unknown) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", unknown.getMessage());
    }

    @ExceptionHandler(MalformedBody.class)
    ProblemDetail malformed(MalformedBody malformed) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed", malformed.getMessage());
    }

    @ExceptionHandler(UnsupportedMediaType.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedMediaType unsupported) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .header(HttpHeaders.ACCEPT, "application/json")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                        unsupported.getMessage()));
    }

    @ExceptionHandler(JsonProcessingException.class)
    ProblemDetail unreadable(JsonProcessingException unreadable) {
        return fromJson(unreadable);
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalidParameter(InvalidParameter invalid) {
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", invalid.getMessage());
        problem.setProperty("parameter", invalid.parameter());
        problem.setProperty("rule", invalid.rule());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badValue(MethodArgumentTypeMismatchException mismatch) {
        // A path names a record: one that cannot be an id is simply not there. A query parameter is input.
        if (mismatch.getParameter().hasParameterAnnotation(RequestParam.class)) {
            Class<?> type = mismatch.getRequiredType();
            String rule = type == null ? "has the wrong format"
                    : type.isEnum() ? "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                            .collect(Collectors.joining(", "))
                    : type == Integer.class || type == int.class ? "must be a whole number"
                    : type == Boolean.class || type == boolean.class ? "must be true or false"
                    : "must be an id (a UUID)";
            return invalidParameter(new InvalidParameter(mismatch.getName(), rule));
        }
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "There is no " + mismatch.getName() + " like that");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException failure, HttpServletResponse response) {
        if (StoreUnavailable.causedBy(failure)) {
            log.warn("API request failed: the data store cannot be reached ({})", failure.toString());
            response.setHeader("Retry-After", "5");
            return StoreUnavailable.problem();
        }
        // Axon's own exception for an unknown aggregate lives in a package the UI must not depend on (see
        // ArchitectureTest), so it is recognised by name: an id nobody has created.
        if (failure.getClass().getSimpleName().equals("AggregateNotFoundException")) {
            return Problems.of(HttpStatus.NOT_FOUND, "not-found", "There is no record with that id");
        }
        if (failure.getClass().getSimpleName().equals("ConcurrencyException")) {
            return Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                    "Someone changed the same record at the same moment; send the command again");
        }
        if (failure.getCause() instanceof RuntimeException cause && cause != failure
                && (cause instanceof DomainException || cause instanceof AccessDenied
                        || cause instanceof UnknownRecord)) {
            return cause instanceof DomainException domain ? (domain instanceof InvalidField field
                    ? invalid(field) : refused(domain))
                    : cause instanceof AccessDenied access ? denied(access) : unknown((UnknownRecord) cause);
        }
        String id = UUID.randomUUID().toString();
        log.error("API request failed unexpectedly (error id {})", id, failure);
        var problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Something went wrong on our side; quote error id " + id);
        problem.setProperty("errorId", id);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = unreadable.getCause() instanceof JsonProcessingException json
                ? fromJson(json)
                : Problems.of(HttpStatus.BAD_REQUEST, "malformed", "The body must be JSON");
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Spring's own problems (wrong method, media type, missing body…) keep their status, in Ponte's shape.
        var problem = Problems.of(HttpStatus.valueOf(status.value()), "http",
                body instanceof ProblemDetail detail && detail.getDetail() != null ? detail.getDetail()
                        : HttpStatus.valueOf(status.value()).getReasonPhrase());
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private ProblemDetail fromJson(JsonProcessingException failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof InvalidField invalid) {
                return invalid(invalid);
            }
            if (cause instanceof UnknownRecord unknown) {
                return unknown(unknown);
            }
            if (cause instanceof AccessDenied denied) {
                return denied(denied);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            boolean unknownField = mapping instanceof UnrecognizedPropertyException;
            String rule = unknownField ? "is not a field of this command"
                    : mapping instanceof MismatchedInputException mismatch ? expected(mismatch.getTargetType())
                    : "has the wrong type or format";
            // The JSON does not have the shape the document gives: 400, like a bad query parameter. A value of the
            // right shape that breaks a rule of the domain stays 422 (above).
            var problem = Problems.of(HttpStatus.BAD_REQUEST, unknownField ? "unknown-field" : "wrong-type",
                    field + " " + rule);
            problem.setProperty("field", field);
            problem.setProperty("rule", rule);
            return problem;
        }
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed", "The body is not well-formed JSON");
    }

    /** What a value of the type must look like in JSON, in the words of the OpenAPI document. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type or format";
        }
        if (type == LocalDateTime.class) {
            return VenueTimes.RULE;
        }
        if (type == LocalDate.class) {
            return "expected a date like 2017-05-16";
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return "expected an IANA time zone like Asia/Shanghai";
        }
        if (ValueRecordsModule.isValueRecord(type)) {
            return type.getRecordComponents()[0].getType() == UUID.class ? "must be an id (a UUID) as a string"
                    : "must be a string";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "must be a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class
                || type == Long.class || type == Short.class || type == java.math.BigInteger.class) {
            return "must be a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static ProblemDetail invalidField(String field, String rule, String message) {
        var problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-field", message);
        problem.setProperty("field", field);
        problem.setProperty("rule", rule);
        return problem;
    }
}
