package org.storecrm.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Browser hardening headers on every response of the application, error pages included: a page the
 * container refuses (403) or cannot find (404) is rendered on an ERROR dispatch, which a filter
 * mapped for requests alone never sees.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.INCLUDE,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  // PrimeFaces renders inline scripts and styles, hence 'unsafe-inline'; nothing loads from
  // elsewhere, and no page may be framed.
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
          + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!request
        .getRequestURI()
        .startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
