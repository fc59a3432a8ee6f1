package org.storecrm.platform.rest;

import java.util.List;
import org.storecrm.platform.rest.api.Problem;

/** A request body refused before it was bound: each error names a field as the client sent it. */
public class InvalidInputException extends RuntimeException {
  private final transient List<Problem.FieldError> errors;

  public InvalidInputException(List<Problem.FieldError> errors) {
    super(
        errors.isEmpty() ? "Invalid input" : errors.get(0).field() + " " + errors.get(0).message());
    this.errors = List.copyOf(errors);
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
