package org.storecrm.platform.rest.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.ValidationPaths;
import org.storecrm.platform.rest.InvalidInputException;

/** Turns what went wrong into the problem document the API answers with. */
public final class Problems {
  private Problems() {}

  /** The problem for a failure, or {@code null} when it is unexpected (a server error). */
  public static Problem of(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof ConstraintViolationException invalid) {
      return Problem.of(
              "invalid-input",
              "Invalid input",
              Response.Status.BAD_REQUEST,
              "One or more fields are not valid")
          .withErrors(fieldErrors(invalid));
    }
    if (cause instanceof InvalidInputException invalid) {
      return Problem.of(
              "invalid-input",
              "Invalid input",
              Response.Status.BAD_REQUEST,
              "One or more fields are not valid")
          .withErrors(invalid.errors());
    }
    if (cause instanceof RuleViolationException refused) {
      boolean conflict = refused.kind() == RuleViolationException.Kind.CONFLICT;
      Problem problem =
          Problem.of(
              conflict ? "conflict" : "rule-violation",
              conflict ? "Conflict" : "Refused by a business rule",
              conflict ? 409 : 422,
              refused.getMessage());
      problem.with("code", refused.messageKey());
      if (refused.field() != null) {
        problem.withErrors(List.of(new Problem.FieldError(refused.field(), refused.getMessage())));
      }
      refused.details().forEach(problem::with);
      return problem;
    }
    if (cause instanceof RecordNotFoundException missing) {
      return Problem.of("not-found", "Not found", Response.Status.NOT_FOUND, missing.getMessage());
    }
    if (cause instanceof StaleRecordException || cause instanceof OptimisticLockException) {
      return Problem.of(
          "stale-record",
          "Changed by someone else",
          Response.Status.CONFLICT,
          "The record was changed by someone else since you read it; read it again and repeat"
              + " your change");
    }
    if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
      return forbidden();
    }
    if (cause instanceof JsonbException || cause instanceof ProcessingException) {
      return Problem.of(
          "malformed-request",
          "Malformed request",
          Response.Status.BAD_REQUEST,
          "The request body is not valid JSON of the expected shape");
    }
    if (cause instanceof WebApplicationException web) {
      Response.StatusType status = web.getResponse().getStatusInfo();
      if (status.getStatusCode() == 403) {
        return forbidden();
      }
      return Problem.of(
          "http-" + status.getStatusCode(), status.getReasonPhrase(), status.getStatusCode(), null);
    }
    return null;
  }

  /** The header that makes a money-moving request safe to retry. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  /** Money-moving requests carry a key, so that a retry never sells or refunds twice. */
  public static Problem missingIdempotencyKey() {
    return Problem.of(
            "missing-header",
            "Missing header",
            Response.Status.BAD_REQUEST,
            "The Idempotency-Key header is required: a fresh key (e.g. a UUID) per sale or"
                + " return, the same key when retrying it")
        .withErrors(
            java.util.List.of(
                new Problem.FieldError(IDEMPOTENCY_KEY, "Idempotency-Key is required")))
        .with("header", IDEMPOTENCY_KEY);
  }

  public static Problem forbidden() {
    return Problem.of(
        "forbidden",
        "Forbidden",
        Response.Status.FORBIDDEN,
        "Your role does not allow this operation");
  }

  public static Problem unauthorized(boolean credentialsRejected) {
    return Problem.of(
        "unauthorized",
        "Authentication required",
        Response.Status.UNAUTHORIZED,
        credentialsRejected
            ? "The username or password is not correct"
            : "Send your StoreCRM username and password with HTTP Basic authentication");
  }

  /** The same for unknown and known user names alike: it must not tell whether a user exists. */
  public static Problem tooManyLoginAttempts(long retryAfterSeconds) {
    return Problem.of(
            "too-many-login-attempts",
            "Too many login attempts",
            429,
            "Too many failed logins: logins for this user name or from this address are locked for"
                + " a while; try again later or ask an administrator to lift the lock")
        .with("retryAfterSeconds", retryAfterSeconds);
  }

  public static Problem serverError(String incident) {
    return Problem.of(
            "server-error",
            "Server error",
            Response.Status.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side; nothing was saved. Quote incident " + incident)
        .with("incident", incident);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof EJBException
            && !(current instanceof EJBAccessException)
            && !(current instanceof AccessLocalException))
        || (current instanceof ProcessingException && current.getCause() instanceof JsonbException)
        || current instanceof jakarta.transaction.RollbackException) {
      Throwable cause = current.getCause();
      if (cause == null) {
        break;
      }
      current = cause;
    }
    if (current instanceof jakarta.persistence.PersistenceException
        && current.getCause() instanceof OptimisticLockException lock) {
      return lock;
    }
    return current;
  }

  static List<Problem.FieldError> fieldErrors(ConstraintViolationException invalid) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
      errors.add(
          new Problem.FieldError(
              ValidationPaths.fieldName(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(Problem.FieldError::field));
    return errors;
  }
}
