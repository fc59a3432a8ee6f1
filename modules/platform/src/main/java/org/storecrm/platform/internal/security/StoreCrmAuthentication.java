package org.storecrm.platform.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism for both front doors, against the same staff logins: the API ({@code /api/*}) takes
 * HTTP Basic on every request and never creates a session; screens use the form login, which keeps
 * the caller in the HTTP session and changes the session id at login.
 *
 * <p>Either way, a login verified earlier is checked against the staff record on every request
 * ({@link LoginStates}): a deactivated user loses access at once, a changed role takes effect.
 *
 * <p>An API request without valid credentials is let through unauthenticated here and answered with
 * a 401 problem by the API's own filter, so that the body is the API's problem format.
 */
@ApplicationScoped
public class StoreCrmAuthentication implements HttpAuthenticationMechanism {
  public static final String LOGIN_PAGE = "/login.xhtml";

  /** Set on an API request whose credentials were given but wrong. */
  public static final String CREDENTIALS_REJECTED = "storecrm.credentialsRejected";

  static final String SESSION_CALLER = "storecrm.caller";
  static final String SESSION_RETURN_TO = "storecrm.returnTo";
  private static final String API_PREFIX = "/api/";

  @Inject IdentityStoreHandler identityStores;
  @Inject BasicCredentialCache basicCache;
  @Inject LoginStates loginStates;
  @Inject LoginThrottle throttle;

  record SessionCaller(String username, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith(API_PREFIX)) {
      return validateApiRequest(request, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return formLogin(request, context, credential);
    }
    HttpSession session = request.getSession(false);
    SessionCaller caller =
        session == null ? null : (SessionCaller) session.getAttribute(SESSION_CALLER);
    if (caller != null) {
      // The session only remembers who logged in; whether they still may, and as what, is the
      // staff record's say on every request (an administrator may have deactivated or moved them).
      var state = loginStates.current(caller.username());
      if (state.isPresent()) {
        Set<String> groups = state.get().groups();
        if (!groups.equals(caller.groups())) {
          session.setAttribute(SESSION_CALLER, new SessionCaller(caller.username(), groups));
        }
        return context.notifyContainerAboutLogin(caller.username(), groups);
      }
      session.invalidate();
    }
    if (context.isProtected()) {
      // Only a page the user asked for is worth returning to after login, not the icon or an
      // image the browser fetched in the background meanwhile.
      if (isPage(request, path)) {
        String query = request.getQueryString();
        request
            .getSession()
            .setAttribute(SESSION_RETURN_TO, path + (query == null ? "" : "?" + query));
      }
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result =
        throttledValidation(request, credential, callerName(credential));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A fresh session id at login defeats session fixation.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request
        .getSession()
        .setAttribute(
            SESSION_CALLER,
            new SessionCaller(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return context.doNothing();
    }
    // A remembered credential is answered without the throttle: it was right when it was checked,
    // and an integration stays fast (and cannot be locked out by someone guessing its password).
    var caller = basicCache.caller(header, () -> verify(request, header.substring(6).trim()));
    // The password may have been verified a while ago; the account's activity and role are read
    // anew.
    var state = caller.flatMap(c -> loginStates.current(c.username()));
    if (state.isEmpty()) {
      request.setAttribute(CREDENTIALS_REJECTED, Boolean.TRUE);
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(caller.get().username(), state.get().groups());
  }

  /** The caller of Basic credentials checked against the identity store; empty when wrong. */
  private Optional<BasicCredentialCache.Caller> verify(
      HttpServletRequest request, String encodedCredentials) {
    UsernamePasswordCredential credential = decodeBasic(encodedCredentials);
    CredentialValidationResult result =
        throttledValidation(
            request, credential, credential == null ? null : credential.getCaller());
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? Optional.of(
            new BasicCredentialCache.Caller(
                result.getCallerPrincipal().getName(), result.getCallerGroups()))
        : Optional.empty();
  }

  /**
   * Checks a login through the throttle: refused outright while its user name or client address is
   * locked (the request then carries {@link LoginThrottle#LOCKED_UNTIL}), delayed after failures,
   * and its outcome counted.
   */
  private CredentialValidationResult throttledValidation(
      HttpServletRequest request, Credential credential, String username) {
    List<String> subjects = throttle.subjects(username, request);
    Optional<Instant> lockedUntil = throttle.admit(subjects);
    if (lockedUntil.isPresent()) {
      request.setAttribute(LoginThrottle.LOCKED_UNTIL, lockedUntil.get());
      return CredentialValidationResult.INVALID_RESULT;
    }
    CredentialValidationResult result =
        credential == null
            ? CredentialValidationResult.INVALID_RESULT
            : identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(subjects);
    } else {
      throttle.failed(subjects);
    }
    return result;
  }

  private static String callerName(Credential credential) {
    return credential instanceof UsernamePasswordCredential login ? login.getCaller() : null;
  }

  private static boolean isPage(HttpServletRequest request, String path) {
    return "GET".equals(request.getMethod()) && (path.endsWith(".xhtml") || path.endsWith("/"));
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon <= 0
          ? null
          : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
