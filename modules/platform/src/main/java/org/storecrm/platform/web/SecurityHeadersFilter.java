package org.storecrm.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Browser hardening headers on every response of the application, error pages included: a page the
 * container refuses (403) or cannot find (404) is rendered on an ERROR dispatch, which a filter
 * mapped for requests alone never sees.
 *
 * <p>The Content-Security-Policy is strict: scripts only from this application or carrying the
 * nonce PrimeFaces ({@code primefaces.CSP}) issues for the page, no inline handlers, no eval.
 * PrimeFaces announces its nonce by adding its own policy header while rendering; this filter
 * catches that header and answers instead with the one full policy below, the nonce added, so a
 * response never carries two policies.
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

  static final String CSP_HEADER = "Content-Security-Policy";

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");

  /**
   * The policy of a response without PrimeFaces' nonce (resources, the API, a page rendered outside
   * Faces): no inline script runs at all. style-src keeps 'unsafe-inline' because PrimeFaces
   * renders style attributes on its components (column widths, dialogs, overlays positioned by its
   * widgets); styles cannot run code, scripts are what the policy guards.
   */
  static String policy(String nonce) {
    String scripts = nonce == null ? "'self'" : "'self' 'nonce-" + nonce + "'";
    return "default-src 'self'; script-src "
        + scripts
        + "; object-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
        + "form-action 'self'; base-uri 'self'";
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(CSP_HEADER, policy(null));
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!request
        .getRequestURI()
        .startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    HttpServletRequest forwarded =
        request.getDispatcherType() == DispatcherType.ERROR
            ? new ErrorPageRequest(request)
            : request;
    chain.doFilter(forwarded, new NoncePolicyResponse(response));
  }

  /** Turns PrimeFaces' policy header into this application's policy with PrimeFaces' nonce. */
  static final class NoncePolicyResponse extends HttpServletResponseWrapper {
    NoncePolicyResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, CSP_HEADER.equalsIgnoreCase(name) ? withNonceOf(value) : value);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP_HEADER.equalsIgnoreCase(name)) {
        super.setHeader(name, withNonceOf(value));
      } else {
        super.addHeader(name, value);
      }
    }

    private static String withNonceOf(String policyFromPrimeFaces) {
      Matcher nonce = NONCE.matcher(policyFromPrimeFaces == null ? "" : policyFromPrimeFaces);
      return policy(nonce.find() ? nonce.group(1) : null);
    }
  }

  /**
   * An error page takes no parameters. Without this, the parameters of the failed form post (its
   * view state) make PrimeFaces treat the error page as a postback whose CSP nonce it must find in
   * the request, and a post without one ("Missing CSP nonce") would fail the error page itself.
   */
  static final class ErrorPageRequest extends HttpServletRequestWrapper {
    ErrorPageRequest(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
