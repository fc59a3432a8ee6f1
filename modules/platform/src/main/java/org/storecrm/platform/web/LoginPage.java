package org.storecrm.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.internal.security.LoginThrottle;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.platform.web.api.UserPreferences;

@Named
@RequestScoped
public class LoginPage {
  private static final String RETURN_TO = "storecrm.returnTo";

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject UserPreferences preferences;
  @Inject StaffDirectory staff;
  @Inject Texts texts;

  @NotBlank private String username;
  @NotBlank private String password;

  public void login() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String returnTo = (String) external.getSessionMap().get(RETURN_TO);
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username.trim(), password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      staff
          .findByUsername(username.trim())
          .ifPresent(user -> preferences.applyAtLogin(user.language()));
      external.redirect(
          request.getContextPath()
              + (returnTo == null || returnTo.startsWith("/login") ? "/" : returnTo));
      faces.responseComplete();
    } else {
      // One message for a wrong name and a wrong password alike, and for a lock on either.
      Instant lockedUntil = (Instant) request.getAttribute(LoginThrottle.LOCKED_UNTIL);
      String message =
          lockedUntil == null
              ? texts.get("login.failed")
              : texts.get("login.locked", minutesUntil(lockedUntil));
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
      password = null;
    }
  }

  private static long minutesUntil(Instant moment) {
    long seconds = Duration.between(Instant.now(), moment).getSeconds();
    return Math.max(1, (seconds + 59) / 60);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
