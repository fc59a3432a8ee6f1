package org.storecrm.platform;

import java.util.Locale;
import java.util.Optional;

/** The person behind the current request, as the services see them. */
public interface CurrentUser {
  /** The login name, or {@code "system"} for timers and start-up work. */
  String username();

  /** The staff record's id; empty for the system. */
  Optional<Long> userId();

  Optional<Role> role();

  /** The user's store; empty for head-office administrators and the system. */
  Optional<Long> storeId();

  Locale locale();

  boolean isAuthenticated();

  default boolean hasRole(Role wanted) {
    return role().filter(wanted::equals).isPresent();
  }
}
