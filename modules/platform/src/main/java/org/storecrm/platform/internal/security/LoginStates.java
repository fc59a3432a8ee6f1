package org.storecrm.platform.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.storecrm.platform.Role;
import org.storecrm.platform.internal.PlatformSettings;
import org.storecrm.platform.internal.staff.StaffService.LoginChanged;

/**
 * Whether a login that was verified earlier (a screen session, a remembered HTTP Basic credential)
 * may still act, and as whom (role, store, language): re-read from {@code plt_user} on every
 * request through a short-lived cache, which also serves {@link SecurityCurrentUser}. {@link
 * LoginChanged} (a deactivation, a role, store, language or password change) drops the user's entry
 * on this node at once, so the change takes effect on their next request; on other nodes {@code
 * storecrm.security.login-recheck-seconds} bounds it.
 */
@ApplicationScoped
public class LoginStates {
  private static final int MAX_ENTRIES = 10_000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject PlatformSettings settings;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** Who a login is now: its staff record's id, role, store and language. */
  record LoginState(long userId, Role role, Long storeId, String language) {
    Set<String> groups() {
      return Set.of(role.name());
    }
  }

  private record Entry(Optional<LoginState> state, Instant expires) {}

  /** The login's current state, or empty when it is deactivated or no longer exists. */
  Optional<LoginState> current(String username) {
    Instant now = clock.instant();
    Entry entry = entries.get(username);
    if (entry != null && entry.expires().isAfter(now)) {
      return entry.state();
    }
    Optional<LoginState> state = load(username);
    Duration life = settings.loginRecheckInterval();
    if (!life.isZero() && !life.isNegative()) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(username, new Entry(state, now.plus(life)));
    }
    return state;
  }

  private Optional<LoginState> load(String username) {
    return em.createQuery(
            "select u.id, u.role, s.id, u.language from UserAccount u left join u.store s "
                + "where u.username = :username and u.active = true",
            Object[].class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(row -> new LoginState((Long) row[0], (Role) row[1], (Long) row[2], (String) row[3]));
  }

  void forget(@Observes LoginChanged changed) {
    entries.remove(changed.username());
  }

  /**
   * Again once the change is committed: a request that read the row between the change and its
   * commit must not keep the old state.
   */
  void forgetAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoginChanged changed) {
    entries.remove(changed.username());
  }
}
