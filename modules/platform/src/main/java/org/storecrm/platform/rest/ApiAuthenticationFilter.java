package org.storecrm.platform.rest;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.Instant;
import org.storecrm.platform.internal.security.LoginThrottle;
import org.storecrm.platform.internal.security.StoreCrmAuthentication;
import org.storecrm.platform.rest.api.Problems;

/**
 * Every API call needs a staff login; without one the answer is a 401 problem, or a 429 while the
 * login's user name or client address is locked after too many failures. Before matching, so that
 * an anonymous caller learns nothing of the API (no 404, 405 or 406 ahead of the 401).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthenticationFilter implements ContainerRequestFilter {
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (context.getSecurityContext().getUserPrincipal() != null) {
      return;
    }
    Instant lockedUntil = (Instant) request.getAttribute(LoginThrottle.LOCKED_UNTIL);
    if (lockedUntil != null) {
      long seconds =
          Math.max(1, (Duration.between(Instant.now(), lockedUntil).toMillis() + 999) / 1000);
      context.abortWith(
          Response.fromResponse(Problems.tooManyLoginAttempts(seconds).toResponse())
              .header(HttpHeaders.RETRY_AFTER, seconds)
              .build());
      return;
    }
    boolean rejected = request.getAttribute(StoreCrmAuthentication.CREDENTIALS_REJECTED) != null;
    context.abortWith(
        Response.fromResponse(Problems.unauthorized(rejected).toResponse())
            .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"StoreCRM\", charset=\"UTF-8\"")
            .build());
  }
}
