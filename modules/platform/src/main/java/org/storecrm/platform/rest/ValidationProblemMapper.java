package org.storecrm.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.storecrm.platform.rest.api.Problems;

/**
 * Invalid input as a problem with its field list; more specific than Jersey's own validation
 * mapper, which answers with an empty 400.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return Problems.of(invalid).toResponse();
  }
}
