package org.storecrm.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.internal.PlatformSettings;
import org.storecrm.platform.internal.security.BasicCredentialCache.Caller;
import org.storecrm.platform.internal.staff.StaffService.LoginChanged;

class BasicCredentialCacheTest {
  private static final String HEADER = "Basic Y29uc3VsdGFudDpkZW1v";
  private static final Caller CONSULTANT = new Caller("consultant", Set.of("CONSULTANT"));

  private final MovingClock clock = new MovingClock();
  private final BasicCredentialCache cache = new BasicCredentialCache();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger verifications = new AtomicInteger();

  BasicCredentialCacheTest() {
    cache.clock = clock;
    cache.settings =
        new PlatformSettings() {
          @Override
          public Duration basicCredentialLife() {
            return Duration.ofSeconds(60); // storecrm.security.basic-cache-seconds=60
          }
        };
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void concurrentRequestsWithTheSameCredentialsShareOneVerification() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<Future<Optional<Caller>>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      answers.add(threads.submit(() -> cache.caller(HEADER, slowVerification(release))));
    }
    awaitWaiting(7);
    release.countDown();

    for (Future<Optional<Caller>> answer : answers) {
      assertThat(answer.get(5, TimeUnit.SECONDS)).contains(CONSULTANT);
    }
    assertThat(verifications).hasValue(1);
  }

  @Test
  void nearItsEndOneRequestVerifiesAgainWhileTheOthersGoOn() throws Exception {
    cache.caller(HEADER, this::verified);
    clock.advance(Duration.ofSeconds(50)); // past four fifths of the 60 s
    CountDownLatch release = new CountDownLatch(1);
    Future<Optional<Caller>> refreshing =
        threads.submit(() -> cache.caller(HEADER, slowVerification(release)));
    awaitVerifications(2);

    assertThat(cache.caller(HEADER, () -> fail("answered from the entry without waiting")))
        .contains(CONSULTANT);
    release.countDown();
    assertThat(refreshing.get(5, TimeUnit.SECONDS)).contains(CONSULTANT);

    clock.advance(Duration.ofSeconds(40)); // 90 s after the first check, 40 s after the refresh
    assertThat(cache.caller(HEADER, () -> fail("the refreshed entry lives on"))).isPresent();
  }

  @Test
  void anExpiredEntryIsVerifiedAgain() {
    cache.caller(HEADER, this::verified);
    clock.advance(Duration.ofSeconds(61));

    cache.caller(HEADER, this::verified);

    assertThat(verifications).hasValue(2);
  }

  @Test
  void wrongCredentialsAreNeverRemembered() {
    assertThat(cache.caller(HEADER, this::rejected)).isEmpty();
    assertThat(cache.caller(HEADER, this::rejected)).isEmpty();

    assertThat(verifications).hasValue(2);
  }

  @Test
  void aPasswordChangeDuringAVerificationIsNotOverwrittenByIt() {
    Optional<Caller> answer =
        cache.caller(
            HEADER,
            () -> {
              cache.forget(new LoginChanged("consultant"));
              return verified();
            });
    assertThat(answer).contains(CONSULTANT);

    cache.caller(HEADER, this::verified);

    assertThat(verifications).hasValue(2);
  }

  @Test
  void aFailedVerificationLetsTheWaitingRequestsVerifyThemselves() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Future<Optional<Caller>> failing =
        threads.submit(
            () ->
                cache.caller(
                    HEADER,
                    () -> {
                      verifications.incrementAndGet();
                      await(release);
                      throw new IllegalStateException("database gone");
                    }));
    awaitVerifications(1);
    Future<Optional<Caller>> waiting = threads.submit(() -> cache.caller(HEADER, this::verified));
    awaitWaiting(1);
    release.countDown();

    assertThat(waiting.get(5, TimeUnit.SECONDS)).contains(CONSULTANT);
    assertThat(verifications).hasValue(2);
    try {
      failing.get(5, TimeUnit.SECONDS);
      fail("the failure reaches its own request");
    } catch (java.util.concurrent.ExecutionException expected) {
      assertThat(expected).hasRootCauseMessage("database gone");
    }
  }

  private Optional<Caller> verified() {
    verifications.incrementAndGet();
    return Optional.of(CONSULTANT);
  }

  private Optional<Caller> rejected() {
    verifications.incrementAndGet();
    return Optional.empty();
  }

  private Supplier<Optional<Caller>> slowVerification(CountDownLatch release) {
    return () -> {
      verifications.incrementAndGet();
      await(release);
      return Optional.of(CONSULTANT);
    };
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitVerifications(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (verifications.get() < count) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  /** Waits until this many requests wait for another one's verification (a timed future get). */
  private static void awaitWaiting(int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (Thread.getAllStackTraces().entrySet().stream()
            .filter(e -> e.getKey().getState() == Thread.State.TIMED_WAITING)
            .filter(e -> waitsForAVerification(e.getValue()))
            .count()
        < count) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private static boolean waitsForAVerification(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().equals(java.util.concurrent.CompletableFuture.class.getName())
          && frame.getMethodName().equals("get")) {
        return true;
      }
    }
    return false;
  }

  private static final class MovingClock extends Clock {
    private volatile Instant now = Instant.parse("2026-12-02T09:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
