package org.storecrm.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.storecrm.platform.internal.StaffService.CredentialsChanged;

/**
 * Remembers recently verified HTTP Basic credentials for a short time, so that an integration
 * calling the API many times a second does not pay the deliberately slow PBKDF2 check on every
 * call. Keys are SHA-256 digests of the header; a password change or deactivation drops the user's
 * entries on this node at once, and the time to live bounds it on the others.
 */
@ApplicationScoped
public class BasicCredentialCache {
  private static final int MAX_ENTRIES = 10_000;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "storecrm.security.basic-cache-seconds", defaultValue = "60")
  long timeToLiveSeconds;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  record Entry(String username, Set<String> groups, Instant expires) {}

  Optional<Entry> find(String authorizationHeader) {
    Entry entry = entries.get(digest(authorizationHeader));
    if (entry == null || entry.expires().isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(entry);
  }

  void remember(String authorizationHeader, String username, Set<String> groups) {
    if (timeToLiveSeconds <= 0) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(
        digest(authorizationHeader),
        new Entry(
            username,
            Set.copyOf(groups),
            clock.instant().plus(Duration.ofSeconds(timeToLiveSeconds))));
  }

  void forget(@Observes CredentialsChanged changed) {
    entries.values().removeIf(entry -> entry.username().equals(changed.username()));
  }

  /** Again once the change is committed, in case a request remembered the old password since. */
  void forgetAfterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsChanged changed) {
    forget(changed);
  }

  private static String digest(String header) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(header.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
