package org.storecrm.platform.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Languages;
import org.storecrm.platform.Role;

/** The caller from Jakarta Security, with their staff record read once per request. */
@RequestScoped
public class SecurityCurrentUser implements CurrentUser {
  static final String SYSTEM = "system";

  @Inject SecurityContext security;
  @PersistenceContext EntityManager em;

  private Optional<Profile> profile;

  private record Profile(long id, Role role, Long storeId, String language) {
    static Profile of(Object[] row) {
      return new Profile((Long) row[0], (Role) row[1], (Long) row[2], (String) row[3]);
    }
  }

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
    return profile().map(Profile::id);
  }

  @Override
  public Optional<Role> role() {
    return profile().map(Profile::role);
  }

  @Override
  public Optional<Long> storeId() {
    return profile().map(Profile::storeId);
  }

  @Override
  public Locale locale() {
    return Languages.toLocale(profile().map(Profile::language).orElse(Languages.ENGLISH));
  }

  private Optional<Profile> profile() {
    if (profile == null) {
      profile =
          isAuthenticated()
              ? em.createQuery(
                      "select u.id, u.role, s.id, u.language "
                          + "from UserAccount u left join u.store s where u.username = :username",
                      Object[].class)
                  .setParameter("username", username())
                  .getResultStream()
                  .findFirst()
                  .map(Profile::of)
              : Optional.empty();
    }
    return profile;
  }
}
