package org.storecrm.platform.internal.security;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.storecrm.platform.internal.PlatformSettings;
import org.storecrm.platform.internal.staff.StaffService.LoginChanged;

/**
 * Remembers recently verified HTTP Basic credentials for a short time, so that an integration
 * calling the API many times a second does not pay the deliberately slow PBKDF2 check on every
 * call. Keys are SHA-256 digests of the header; a password change or deactivation drops the user's
 * entries on this node at once, and the time to live bounds it on the others.
 *
 * <p>Only one request verifies a header at a time: concurrent requests with the same header wait
 * for its answer, and in the last fifth of an entry's life one request verifies it again while the
 * others go on with the entry. Otherwise every connection of a busy integration would redo the slow
 * check at once whenever the entry expires (a burst of CPU that stalled checkout for seconds).
 */
@ApplicationScoped
public class BasicCredentialCache {
  private static final int MAX_ENTRIES = 10_000;

  /** How long a request waits for another one's verification before it verifies itself. */
  private static final long WAIT_SECONDS = 10;

  @Inject Clock clock;

  @Inject PlatformSettings settings;

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<Optional<Caller>>> verifying =
      new ConcurrentHashMap<>();

  /** Counts forgetting, so that a verification that read the old password is not remembered. */
  private final AtomicLong forgotten = new AtomicLong();

  /** Who verified credentials belong to. */
  record Caller(String username, Set<String> groups) {}

  private record Entry(Caller caller, Instant refreshFrom, Instant expires) {}

  /**
   * The caller the {@code Authorization} header belongs to: remembered, or checked by {@code
   * verify} (empty when the credentials are wrong, which is never remembered).
   */
  Optional<Caller> caller(String authorizationHeader, Supplier<Optional<Caller>> verify) {
    String key = digest(authorizationHeader);
    Instant now = clock.instant();
    Entry entry = entries.get(key);
    CompletableFuture<Optional<Caller>> mine = new CompletableFuture<>();
    if (entry != null && entry.expires().isAfter(now)) {
      if (entry.refreshFrom().isAfter(now) || verifying.putIfAbsent(key, mine) != null) {
        return Optional.of(entry.caller());
      }
      return verifyAndShare(key, mine, verify);
    }
    CompletableFuture<Optional<Caller>> running = verifying.putIfAbsent(key, mine);
    if (running == null) {
      return verifyAndShare(key, mine, verify);
    }
    try {
      return running.get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return verify.get();
    } catch (ExecutionException | TimeoutException e) {
      return verify.get(); // the other request failed or hangs: this one answers for itself
    }
  }

  private Optional<Caller> verifyAndShare(
      String key, CompletableFuture<Optional<Caller>> mine, Supplier<Optional<Caller>> verify) {
    long forgottenBefore = forgotten.get();
    try {
      Optional<Caller> caller = verify.get();
      if (caller.isPresent()) {
        remember(key, caller.get(), forgottenBefore);
      } else {
        entries.remove(key);
      }
      mine.complete(caller);
      return caller;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      verifying.remove(key, mine);
    }
  }

  private void remember(String key, Caller caller, long forgottenBefore) {
    Duration life = settings.basicCredentialLife();
    if (life.isZero() || life.isNegative()) {
      return;
    }
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    Instant now = clock.instant();
    entries.put(
        key,
        new Entry(
            new Caller(caller.username(), Set.copyOf(caller.groups())),
            now.plus(life.multipliedBy(4).dividedBy(5)),
            now.plus(life)));
    // A password change while this was verified: the entry may hold the old password's answer.
    if (forgotten.get() != forgottenBefore) {
      entries.remove(key);
    }
  }

  void forget(@Observes LoginChanged changed) {
    forgotten.incrementAndGet();
    entries.values().removeIf(entry -> entry.caller().username().equals(changed.username()));
  }

  /** Again once the change is committed, in case a request remembered the old password since. */
  void forgetAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) LoginChanged changed) {
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
