package org.storecrm.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.storecrm.platform.rest.api.Problem;

/**
 * A client that accepts only problem documents still gets its answer. Generated clients send {@code
 * Accept: application/problem+json} for an operation whose success has no body (a delete, a
 * password change: the problem is the only body they can get); without this JAX-RS would refuse
 * those calls with 406 because the resources produce {@code application/json}. Errors still come as
 * {@code application/problem+json}.
 */
@Provider
@PreMatching
public class ProblemAcceptFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    String accept = request.getHeaderString(HttpHeaders.ACCEPT);
    if (accept == null || accept.isBlank()) {
      return;
    }
    for (String one : accept.split(",")) {
      String type = one.split(";")[0].trim();
      if (!type.equalsIgnoreCase(Problem.MEDIA_TYPE)) {
        return;
      }
    }
    request
        .getHeaders()
        .putSingle(HttpHeaders.ACCEPT, Problem.MEDIA_TYPE + ", " + MediaType.APPLICATION_JSON);
  }
}
