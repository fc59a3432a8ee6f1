package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Password guessing over the API: failures per user name and per client address lead to a lock (429
 * with Retry-After) that refuses even the right password, is audited, and that an administrator
 * lists and lifts. The test server trusts X-Forwarded-For, so each test names client addresses of
 * its own and locks no one else.
 */
@SystemTest
class LoginThrottleIT {
  /**
   * config/microprofile-config.properties: storecrm.security.login-throttle.failures-before-lock
   */
  private static final int FAILURES_BEFORE_LOCK = 10;

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final Api admin;

  LoginThrottleIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void twentyFiveWrongPasswordsLockTheUserUntilAnAdministratorLiftsIt() {
    String username = newConsultant("right-password-1");
    String guesser = address();
    List<Integer> statuses =
        java.util.stream.IntStream.range(0, 25)
            .mapToObj(i -> login(username, "wrong-" + i, guesser).statusCode())
            .toList();
    assertThat(statuses.subList(0, FAILURES_BEFORE_LOCK)).containsOnly(401);
    assertThat(statuses.subList(FAILURES_BEFORE_LOCK, 25)).containsOnly(429);

    // The right password, even from another address, is refused while the user is locked.
    String owner = address();
    HttpResponse<String> refused = login(username, "right-password-1", owner);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 15L * 60);
    assertThat(json(refused).getString("type")).endsWith("/too-many-login-attempts");

    List<String> actions = auditActions("user:" + username);
    assertThat(actions).contains("LOCK", "LOGIN_REFUSED").doesNotContain("UNLOCK");

    assertThat(lockIds()).contains("user:" + username, "address:" + guesser);

    assertThat(admin.delete("admin/login-locks/user:" + username).status()).isEqualTo(204);
    assertThat(auditActions("user:" + username)).contains("UNLOCK");
    assertThat(lockIds()).doesNotContain("user:" + username);
    assertThat(login(username, "right-password-1", owner).statusCode()).isEqualTo(200);
    // Lifted once: a second lift finds no lock.
    Api.Reply again = admin.delete("admin/login-locks/user:" + username);
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.contentType()).startsWith("application/problem+json");
    admin.delete("admin/login-locks/address:" + guesser);
  }

  @Test
  void anUnknownUserGetsExactlyTheAnswersOfAKnownOne() {
    String known = newConsultant("right-password-2");
    String unknown = "nobody." + PlatformApiIT.suffix();
    List<HttpResponse<String>> knownAnswers = guess(known, address());
    List<HttpResponse<String>> unknownAnswers = guess(unknown, address());
    for (int i = 0; i < knownAnswers.size(); i++) {
      HttpResponse<String> k = knownAnswers.get(i);
      HttpResponse<String> u = unknownAnswers.get(i);
      assertThat(u.statusCode()).as("attempt %d", i + 1).isEqualTo(k.statusCode());
      JsonObject kj = json(k);
      JsonObject uj = json(u);
      assertThat(uj.getString("type")).isEqualTo(kj.getString("type"));
      assertThat(uj.getString("detail")).isEqualTo(kj.getString("detail"));
    }
    assertThat(knownAnswers.get(FAILURES_BEFORE_LOCK).statusCode()).isEqualTo(429);
    assertThat(lockIds()).contains("user:" + unknown);
    admin.delete("admin/login-locks/user:" + known);
    admin.delete("admin/login-locks/user:" + unknown);
  }

  @Test
  void anAddressGuessingManyNamesIsLockedForEveryoneButOtherAddressesAreNot() {
    String username = newConsultant("right-password-3");
    String sprayer = address();
    for (int i = 0; i < FAILURES_BEFORE_LOCK; i++) {
      assertThat(login("spray" + i + "." + PlatformApiIT.suffix(), "guess", sprayer).statusCode())
          .isEqualTo(401);
    }
    assertThat(login(username, "right-password-3", sprayer).statusCode()).isEqualTo(429);
    assertThat(lockIds()).contains("address:" + sprayer).doesNotContain("user:" + username);
    assertThat(login(username, "right-password-3", address()).statusCode()).isEqualTo(200);
    assertThat(admin.delete("admin/login-locks/address:" + sprayer).status()).isEqualTo(204);
  }

  @Test
  void onlyAdministratorsSeeAndLiftLocks() {
    String guesser = address();
    String username = newConsultant("right-password-4");
    guess(username, guesser);
    // The demo consultant, store manager, technician and account manager.
    for (String role : List.of("consultant", "manager", "tech", "accounts")) {
      Api other = Api.as(base, role, "demo");
      assertThat(other.get("me").status()).as(role).isEqualTo(200);
      Api.Reply list = other.get("admin/login-locks");
      assertThat(list.status()).as(role).isEqualTo(403);
      assertThat(list.contentType()).startsWith("application/problem+json");
      assertThat(other.delete("admin/login-locks/user:" + username).status())
          .as(role)
          .isEqualTo(403);
    }
    assertThat(Api.anonymous(base).get("admin/login-locks").status()).isEqualTo(401);
    assertThat(lockIds()).contains("user:" + username);
    admin.delete("admin/login-locks/user:" + username);
    admin.delete("admin/login-locks/address:" + guesser);
  }

  /** One more than the failures before the lock, with wrong passwords. */
  private List<HttpResponse<String>> guess(String username, String address) {
    return java.util.stream.IntStream.rangeClosed(0, FAILURES_BEFORE_LOCK)
        .mapToObj(i -> login(username, "wrong-" + i, address))
        .toList();
  }

  private String newConsultant(String password) {
    String username = "lock." + PlatformApiIT.suffix();
    long store =
        Api.as(base, "consultant", "demo").get("me").json().getJsonNumber("storeId").longValue();
    Api.Reply created =
        admin.post("users", PlatformApiIT.newUser(username, password, "CONSULTANT", store));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return username;
  }

  private List<String> lockIds() {
    Api.Reply reply = admin.get("admin/login-locks");
    assertThat(reply.status()).isEqualTo(200);
    return Json.createReader(new StringReader(reply.body())).readArray().stream()
        .map(value -> value.asJsonObject().getString("id"))
        .toList();
  }

  private List<String> auditActions(String recordId) {
    return admin
        .get("audit?size=200&recordType=LOGIN_LOCK&recordId=" + recordId)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(entry -> entry.getString("action"))
        .toList();
  }

  private HttpResponse<String> login(String username, String password, String clientAddress) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    try {
      return HTTP.send(
          HttpRequest.newBuilder(base.resolve("api/v1/me"))
              .timeout(Duration.ofSeconds(30))
              .header("Authorization", "Basic " + token)
              .header("X-Forwarded-For", clientAddress)
              .header("Accept", "application/json")
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /** A client address no other test uses. */
  private static String address() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }
}
