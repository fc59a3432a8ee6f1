package org.storecrm.platform.internal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Languages;
import org.storecrm.platform.Role;

/** The caller from Jakarta Security, with their staff record looked up once per request. */
@RequestScoped
public class SecurityCurrentUser implements CurrentUser {
  static final String SYSTEM = "system";

  @Inject SecurityContext security;

  @Inject LoginStates logins;

  /** The caller's staff record (through the login cache that authentication reads as well). */
  private Optional<LoginStates.LoginState> profile;

  @Override
  public String username() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? SYSTEM : principal.getName();
  }

  @Override
  public boolean isAuthenticated() {
    return security.getCallerPrincipal() != null;
  }

  @Override
  public Optional<Long> userId() {
    return profile().map(LoginStates.LoginState::userId);
  }

  @Override
  public Optional<Role> role() {
    return profile().map(LoginStates.LoginState::role);
  }

  @Override
  public Optional<Long> storeId() {
    return profile().map(LoginStates.LoginState::storeId);
  }

  @Override
  public Locale locale() {
    return Languages.toLocale(
        profile().map(LoginStates.LoginState::language).orElse(Languages.ENGLISH));
  }

  private Optional<LoginStates.LoginState> profile() {
    if (profile == null) {
      profile = isAuthenticated() ? logins.current(username()) : Optional.empty();
    }
    return profile;
  }
}
