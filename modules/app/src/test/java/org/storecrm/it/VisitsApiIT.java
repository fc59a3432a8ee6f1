package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storecrm.it.AccountsFixture.account;
import static org.storecrm.it.AccountsFixture.storeId;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Visit plans over the REST API: planned, logged with the needs questions, due by the rules. */
@SystemTest
class VisitsApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final Api admin;
  private final Api manager;
  private final Api consultant;
  private final Api plazaManager;
  private final URI base;

  VisitsApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
  }

  @Test
  void anAccountManagersDayIsPlannedLoggedAndDueByTheRules() {
    // A fresh account manager, so that the plan holds only this test's accounts.
    String username = "am." + Long.toString(System.nanoTime(), 36);
    Api.Reply user =
        admin.post(
            "users",
            """
            {"username":"%s","password":"s3cret-pass","fullName":"Test AM","role":"ACCOUNT_MANAGER","storeId":%d,"language":"en"}"""
                .formatted(username, storeId(manager)));
    assertThat(user.status()).as(user.toString()).isEqualTo(201);
    Api am = Api.as(base, username, "s3cret-pass");
    LocalDate today = LocalDate.now(ZONE);

    long client = account(am, "ACTIVE", 30, null);
    long prospect = account(am, "PROSPECT", 30, null);
    // The prospect was cold-visited 8 days ago: due again (weekly), since yesterday.
    Api.Reply cold =
        am.post(
            "accounts/" + prospect + "/visits",
            """
            {"kind":"COLD","occurredAt":"%s","needs":{"whoUses":"Front desk","forWhat":"Invoices","canUse":"Yes","values":"Price","budget":"20k, Q1"},"nextStep":"Send a quote"}"""
                .formatted(Instant.now().minus(Duration.ofDays(8))));
    assertThat(cold.status()).as(cold.toString()).isEqualTo(201);
    assertThat(cold.json().getBoolean("done")).isTrue();
    assertThat(cold.json().getJsonObject("needs").getString("budget")).isEqualTo("20k, Q1");
    // A visit to the client planned for yesterday and not done: overdue.
    Api.Reply planned =
        am.post(
            "accounts/" + client + "/visits",
            "{\"kind\":\"CLIENT\",\"plannedFor\":\"" + today.minusDays(1) + "\"}");
    assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
    assertThat(planned.json().getBoolean("done")).isFalse();

    JsonObject plan = am.get("visit-plan?day=" + today).json();
    assertThat(plan.getInt("coldTarget")).isEqualTo(6);
    assertThat(plan.getJsonNumber("coldDone").longValue()).isZero();
    JsonObject overdue = plan.getJsonArray("planned").getJsonObject(0);
    assertThat(overdue.getJsonNumber("accountId").longValue()).isEqualTo(client);
    assertThat(overdue.getBoolean("overdue")).isTrue();
    JsonObject due =
        plan.getJsonArray("due").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getJsonNumber("accountId").longValue() == prospect)
            .findFirst()
            .orElseThrow();
    assertThat(due.getString("dueOn")).isEqualTo(today.minusDays(1).toString());
    assertThat(due.getBoolean("overdue")).isTrue();

    // Logging the client visit completes the planned one; a cold visit today counts to the target.
    Api.Reply done =
        am.post(
            "accounts/" + client + "/visits",
            "{\"kind\":\"CLIENT\",\"occurredAt\":\"" + Instant.now() + "\",\"nextStep\":\"Demo\"}");
    assertThat(done.json().getJsonNumber("id").longValue())
        .isEqualTo(planned.json().getJsonNumber("id").longValue());
    am.post(
        "accounts/" + prospect + "/visits",
        "{\"kind\":\"COLD\",\"occurredAt\":\"" + Instant.now() + "\"}");
    JsonObject after = am.get("visit-plan").json();
    assertThat(after.getJsonNumber("coldDone").longValue()).isEqualTo(1);
    assertThat(after.getJsonArray("planned").getValuesAs(JsonObject.class))
        .noneMatch(v -> v.getBoolean("overdue"));
    assertThat(after.getJsonArray("due").getValuesAs(JsonObject.class))
        .noneMatch(d -> d.getJsonNumber("accountId").longValue() == prospect);

    // Consultants plan no visits; another store's account is not found.
    assertThat(consultant.get("visit-plan").status()).isEqualTo(403);
    assertThat(
            plazaManager.post("accounts/" + client + "/visits", "{\"kind\":\"CLIENT\"}").status())
        .isEqualTo(404);
  }

  @Test
  void aManagerComparesEachAccountManagersPlanWithWhatWasDone() {
    String username = "am.p." + Long.toString(System.nanoTime(), 36);
    String fullName = "Progress AM " + username;
    Api.Reply user =
        admin.post(
            "users",
            """
            {"username":"%s","password":"s3cret-pass","fullName":"%s","role":"ACCOUNT_MANAGER","storeId":%d,"language":"en"}"""
                .formatted(username, fullName, storeId(manager)));
    assertThat(user.status()).as(user.toString()).isEqualTo(201);
    Api am = Api.as(base, username, "s3cret-pass");
    LocalDate today = LocalDate.now(ZONE);
    LocalDate from = today.minusDays(6);
    Instant now = Instant.now();

    // A client last visited 20 days ago (due again 14 days later, inside the period) and visited
    // yesterday: due and done.
    long client = account(am, "ACTIVE", 30, null);
    visit(am, client, "CLIENT", now.minus(Duration.ofDays(20)));
    visit(am, client, "CLIENT", now.minus(Duration.ofDays(1)));
    // A prospect cold-visited 10 days ago (due again weekly) and not visited since: due, not done;
    // and a visit to it planned two days ago and not made: overdue.
    long prospect = account(am, "PROSPECT", 30, null);
    visit(am, prospect, "COLD", now.minus(Duration.ofDays(10)));
    assertThat(
            am.post(
                    "accounts/" + prospect + "/visits",
                    "{\"kind\":\"PROSPECT\",\"plannedFor\":\"" + today.minusDays(2) + "\"}")
                .status())
        .isEqualTo(201);
    // A new prospect cold-visited two days ago: one cold visit made, nothing due yet.
    long fresh = account(am, "PROSPECT", 30, null);
    visit(am, fresh, "COLD", now.minus(Duration.ofDays(2)));

    String period = "visit-plan/progress?from=" + from + "&to=" + today;
    JsonObject row = progressRow(manager.get(period).json(), fullName);
    assertThat(row.getInt("coldTarget")).as("6 a day for 7 days").isEqualTo(42);
    assertThat(row.getJsonNumber("coldDone").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("revisitsDue").longValue()).isEqualTo(2);
    assertThat(row.getJsonNumber("revisitsDone").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("overduePlanned").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("visitsDone").longValue()).isEqualTo(2);
    // The week 20 to 14 days ago holds the client's first visit only.
    JsonObject weekBefore =
        progressRow(
            manager
                .get("visit-plan/progress?from=" + from.minusDays(14) + "&to=" + from.minusDays(8))
                .json(),
            fullName);
    assertThat(weekBefore.getJsonNumber("visitsDone").longValue()).isEqualTo(1);
    assertThat(weekBefore.getJsonNumber("revisitsDue").longValue()).isZero();
    // Head office sees the store's row by naming it.
    progressRow(admin.get(period + "&storeId=" + storeId(manager)).json(), fullName);

    // Denials: the account manager and a consultant (403); another store's manager naming this
    // store (404) and, unnamed, sees none of its account managers; a period ending before it
    // starts or too long (422 at to).
    assertThat(am.get(period).status()).isEqualTo(403);
    assertThat(consultant.get(period).status()).isEqualTo(403);
    assertThat(plazaManager.get(period + "&storeId=" + storeId(manager)).status()).isEqualTo(404);
    assertThat(plazaManager.get(period).json().getJsonArray("rows").getValuesAs(JsonObject.class))
        .noneMatch(r -> r.getString("name").equals(fullName));
    for (String bad :
        new String[] {
          "visit-plan/progress?from=" + today + "&to=" + from,
          "visit-plan/progress?from=" + today.minusDays(62) + "&to=" + today
        }) {
      Api.Reply refused = manager.get(bad);
      assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("to");
    }
  }

  private static void visit(Api am, long account, String kind, Instant at) {
    Api.Reply logged =
        am.post(
            "accounts/" + account + "/visits",
            "{\"kind\":\"%s\",\"occurredAt\":\"%s\"}".formatted(kind, at));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
  }

  private static JsonObject progressRow(JsonObject progress, String name) {
    return progress.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + progress));
  }
}
