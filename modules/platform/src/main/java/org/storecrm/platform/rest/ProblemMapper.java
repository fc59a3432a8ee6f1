package org.storecrm.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storecrm.platform.rest.api.Problem;
import org.storecrm.platform.rest.api.Problems;

/** Every failure of the API becomes an RFC 9457 problem; unexpected ones are logged with an id. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Override
  public Response toResponse(Throwable failure) {
    Problem problem = Problems.of(failure);
    if (problem == null) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "API request failed, incident " + incident, failure);
      problem = Problems.serverError(incident);
    }
    return problem.toResponse();
  }
}
