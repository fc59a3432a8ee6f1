package org.storecrm.platform.internal.security;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.storecrm.platform.internal.PlatformSettings;
import org.storecrm.platform.internal.security.LoginThrottleStore.SubjectState;

/**
 * Slows and then stops password guessing, for the form login and HTTP Basic alike, per user name
 * and per client address: each failed login makes the next attempt wait longer, and after the
 * setting's number of failures the name or address is locked for a while, during which even the
 * right password is refused. Unknown user names are counted and locked exactly like known ones, so
 * the answers never tell whether a user exists.
 */
@ApplicationScoped
public class LoginThrottle {
  /** Set on a request whose login was refused because of a lock: the lock's end (an Instant). */
  public static final String LOCKED_UNTIL = "storecrm.loginLockedUntil";

  private static final int MAX_NAME_LENGTH = 100;

  @Inject LoginThrottleStore store;
  @Inject PlatformSettings settings;
  @Inject Clock clock;

  /** The subjects a login attempt counts against: its user name (if any) and client address. */
  List<String> subjects(String username, HttpServletRequest request) {
    List<String> subjects = new ArrayList<>(2);
    if (username != null && !username.isBlank()) {
      String name = username.trim().toLowerCase(Locale.ROOT);
      subjects.add(
          "user:" + (name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name));
    }
    subjects.add("address:" + clientAddress(request));
    return subjects;
  }

  /**
   * Lets an attempt go on to the password check, after the delay its subjects' failures call for;
   * or, when one of them is locked, refuses it (audited) and names the lock's end.
   */
  Optional<Instant> admit(List<String> subjects) {
    Instant now = clock.instant();
    List<SubjectState> states = store.states(subjects);
    List<SubjectState> locked = states.stream().filter(state -> state.lockedAt(now)).toList();
    if (!locked.isEmpty()) {
      // Audited on each lock that refused it: the user's and the address's trail both show it.
      locked.forEach(state -> store.refused(state.subject(), state.lockedUntil()));
      return locked.stream().map(SubjectState::lockedUntil).max(Comparator.naturalOrder());
    }
    Instant forgetBefore = now.minus(settings.loginLockDuration());
    int failures =
        states.stream()
            .mapToInt(state -> state.countingFailuresAt(now, forgetBefore))
            .max()
            .orElse(0);
    pause(settings.loginDelayAfter(failures));
    return Optional.empty();
  }

  void failed(List<String> subjects) {
    for (String subject : subjects) {
      try {
        store.recordFailure(subject, clock.instant());
      } catch (EJBException | PersistenceException insertedMeanwhile) {
        // Another instance inserted the subject's first failure at the same moment: count again.
        store.recordFailure(subject, clock.instant());
      }
    }
  }

  void succeeded(List<String> subjects) {
    store.succeeded(subjects, clock.instant());
  }

  /**
   * The client's address: the connection's peer, or, when the setting trusts the load balancer in
   * front, the last X-Forwarded-For entry (the one the load balancer itself appended).
   */
  String clientAddress(HttpServletRequest request) {
    if (settings.trustForwardedFor()) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].trim();
        if (!last.isEmpty() && last.length() <= 64) {
          return last;
        }
      }
    }
    return Objects.requireNonNullElse(request.getRemoteAddr(), "unknown");
  }

  private static void pause(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
