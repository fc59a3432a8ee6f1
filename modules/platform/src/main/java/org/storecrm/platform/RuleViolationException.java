package org.storecrm.platform;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A business rule refused the change (a duplicate, a state that does not allow it). Carries a
 * message key of the module's bundle and, where the rule concerns one input, that field's name, so
 * that screens put the message next to the field and the API names it in the problem.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {
  private final Kind kind;
  private final String messageKey;
  private final String field;
  private final Map<String, Object> details;

  public enum Kind {
    /** The request conflicts with the current state (HTTP 409). */
    CONFLICT,
    /** The request is well-formed but the rule refuses it (HTTP 422). */
    REFUSED
  }

  public RuleViolationException(
      Kind kind, String messageKey, String field, String message, Map<String, Object> details) {
    super(message);
    this.kind = kind;
    this.messageKey = messageKey;
    this.field = field;
    this.details = Map.copyOf(details);
  }

  /**
   * The request conflicts with the current state (a duplicate, a record changed meanwhile): HTTP
   * 409. {@code field} is the input concerned, or null for the whole request.
   */
  public static RuleViolationException conflict(String messageKey, String field, String message) {
    return conflict(messageKey, field, message, Map.of());
  }

  /** A conflict whose problem carries {@code details} (e.g. the id of the existing record). */
  public static RuleViolationException conflict(
      String messageKey, String field, String message, Map<String, Object> details) {
    return new RuleViolationException(Kind.CONFLICT, messageKey, field, message, details);
  }

  /**
   * The request is well-formed but the rule refuses it: HTTP 422. {@code field} is the input
   * concerned, or null for the whole request.
   */
  public static RuleViolationException refused(String messageKey, String field, String message) {
    return refused(messageKey, field, message, Map.of());
  }

  /** A refusal whose problem carries {@code details} (e.g. the limit that was exceeded). */
  public static RuleViolationException refused(
      String messageKey, String field, String message, Map<String, Object> details) {
    return new RuleViolationException(Kind.REFUSED, messageKey, field, message, details);
  }

  public Kind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  /** The input the rule concerns, or {@code null} when it concerns the whole request. */
  public String field() {
    return field;
  }

  /** Extra members for the API problem (e.g. the id of an existing record). */
  public Map<String, Object> details() {
    return details;
  }
}
