package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production topology without Docker: a second Payara Micro instance (--nocluster, loopback) on
 * the same PostgreSQL database as the first. Whatever one instance writes, the other serves at
 * once: no instance-local cache may hide another's change.
 */
@SystemTest
class TwoInstancesIT {
  private static RunningStoreCrm.Server second;
  private final URI first;

  TwoInstancesIT(URI first) {
    this.first = first;
  }

  @BeforeAll
  static void startSecondInstance() {
    Assumptions.assumeTrue(
        "postgresql".equals(System.getProperty("storecrm.it.database")),
        "instances share a database server; the embedded H2 file belongs to one process");
    second = RunningStoreCrm.Server.start("storecrm-second");
  }

  @AfterAll
  static void stopSecondInstance() throws InterruptedException {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void aUserCreatedOnOneInstanceLogsInOnTheOther() {
    String username = "twin." + Long.toString(System.nanoTime(), 36);
    Api.Reply created =
        Api.as(first, "admin", "demo")
            .post(
                "users",
                PlatformApiIT.newUser(
                    username,
                    "s3cret-pass",
                    "CONSULTANT",
                    storeOf(Api.as(first, "manager", "demo"))));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(
            Api.as(second.baseUri, username, "s3cret-pass").get("me").json().getString("username"))
        .isEqualTo(username);
  }

  @Test
  void anEditOnOneInstanceIsWhatTheOtherServesAndGuards() {
    Api onFirst = Api.as(first, "admin", "demo");
    Api onSecond = Api.as(second.baseUri, "admin", "demo");
    String code = "TW" + Long.toString(System.nanoTime(), 36).toUpperCase();
    JsonObject store = onFirst.post("stores", PlatformApiIT.store(code)).json();
    long id = store.getJsonNumber("id").longValue();
    long version = onSecond.get("stores/" + id).json().getJsonNumber("version").longValue();

    String edit =
        """
        {"code":"%s","name":"%s","region":"North China","city":"Beijing","active":true,"version":%d}""";
    assertThat(
            onSecond
                .put("stores/" + id, edit.formatted(code, "Renamed on the second", version))
                .status())
        .isEqualTo(200);
    assertThat(onFirst.get("stores/" + id).json().getString("name"))
        .isEqualTo("Renamed on the second");
    assertThat(
            onFirst
                .put("stores/" + id, edit.formatted(code, "Stale on the first", version))
                .status())
        .as("the first instance refuses an edit based on the version before the second's change")
        .isEqualTo(409);
  }

  @Test
  void sweepsRunOnBothInstancesAtOnceNeverFailAndOpenEachTaskOnce() throws Exception {
    Api consultant = Api.as(first, "consultant", "demo");
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    String birthday =
        today.getMonthValue() == 2 && today.getDayOfMonth() == 29
            ? "1992-02-29"
            : today.withYear(1990).toString();
    java.util.List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Api.Reply created =
          consultant.post(
              "customers",
              """
              {"name":"寿星%d","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","birthday":"%s"}"""
                  .formatted(i, CustomersApiIT.mobile(), birthday));
      long id = created.json().getJsonNumber("id").longValue();
      consultant.put("customers/" + id + "/grade", "{\"grade\":\"B\"}"); // base: intent
      ids.add(id);
    }
    int opened = 0;
    for (Api.Reply reply : runEverywhereAtOnce("followups")) {
      opened += reply.json().getInt("birthdayTasks");
    }
    assertThat(opened)
        .as("each birthday call opened by exactly one run")
        .isGreaterThanOrEqualTo(ids.size());
    for (long id : ids) {
      assertThat(CustomersApiIT.openTasks(consultant, id))
          .extracting(t -> t.getString("reason"))
          .containsOnlyOnce("BIRTHDAY");
    }
  }

  @Test
  void slaSweepsRunOnBothInstancesAtOnceAndFlagEachBreachOnce() throws Exception {
    Api consultant = Api.as(first, "consultant", "demo");
    Api manager = Api.as(first, "manager", "demo");
    long customer =
        consultant
            .post("customers", CustomersApiIT.walkIn("双实例报修", CustomersApiIT.mobile()))
            .json()
            .getJsonNumber("id")
            .longValue();
    java.time.Instant registered =
        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
            .minusDays(1)
            .atTime(9, 0)
            .atZone(java.time.ZoneId.of("Asia/Shanghai"))
            .toInstant();
    // Breaches already due (the demo data's, other tests') are flagged first, so the runs below
    // count this test's requests only.
    Api.Reply drained = Api.as(first, "admin", "demo").post("admin/jobs/service-sla/run", "");
    assertThat(drained.status()).as(drained.toString()).isEqualTo(200);
    java.util.List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Api.Reply created =
          consultant.post(
              "service-requests",
              ServiceRequestsApiIT.request(customer, "CITY", registered, registered));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      ids.add(created.json().getJsonNumber("id").longValue());
    }
    int flagged = 0;
    for (Api.Reply reply : runEverywhereAtOnce("service-sla")) {
      flagged += reply.json().getInt("breached");
    }
    assertThat(flagged)
        .as("no breach flagged by two runs (the minute's timer may have taken some)")
        .isLessThanOrEqualTo(ids.size());
    java.util.List<String> links =
        manager
            .get("notices?size=200")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(n -> n.getString("link", ""))
            .toList();
    for (long id : ids) {
      assertThat(manager.get("service-requests/" + id).json().getString("breachFlaggedAt"))
          .isNotBlank();
      assertThat(links)
          .as("one breach notice for request " + id)
          .containsOnlyOnce("/services/job.xhtml?id=" + id);
    }
  }

  @Test
  void theReceivablesSweepOnBothInstancesAtOnceHoldsAndEscalatesEachInvoiceOnce() throws Exception {
    Api admin = Api.as(first, "admin", "demo");
    Api accountManager = Api.as(first, "accounts", "demo");
    Api manager = Api.as(first, "manager", "demo");
    long store = storeOf(manager);
    Api.Reply product =
        manager.post(
            "products",
            """
            {"sku":"TW-%s","name":"Twin notebook","nameZh":"双实例笔记本","brand":"Test","category":"NOTEBOOK","price":800,"cost":600,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(Long.toString(System.nanoTime(), 36).toUpperCase()));
    long productId = product.json().getJsonNumber("id").longValue();
    manager.put("products/" + productId + "/stock", "{\"onHand\":50}");
    java.util.List<Long> accounts = new java.util.ArrayList<>();
    String soldAt = java.time.Instant.now().minus(java.time.Duration.ofDays(31)).toString();
    for (int i = 0; i < 8; i++) {
      Api.Reply account =
          accountManager.post(
              "accounts",
              "{\"name\":\"Twin client %d %s\",\"status\":\"ACTIVE\",\"source\":\"REFERRAL\",\"paymentTermDays\":30}"
                  .formatted(i, Long.toString(System.nanoTime(), 36)));
      assertThat(account.status()).as(account.toString()).isEqualTo(201);
      long id = account.json().getJsonNumber("id").longValue();
      Api.Reply sold =
          admin.post(
              "orders",
              """
              {"lines":[{"productId":%d,"quantity":1}],"payment":"ACCOUNT_CREDIT","accountId":%d,"soldAt":"%s","storeId":%d}"""
                  .formatted(productId, id, soldAt, store),
              "Idempotency-Key",
              java.util.UUID.randomUUID().toString());
      assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
      accounts.add(id);
    }
    runEverywhereAtOnce("receivables");
    // A last run delivers whatever a claim of a run still held back (none twice).
    admin.post("admin/jobs/receivables/run", "");
    for (long id : accounts) {
      assertThat(accountManager.get("accounts/" + id).json().getBoolean("creditHold")).isTrue();
      String link = "/accounts/account.xhtml?id=" + id;
      assertThat(PlatformFixture.notices(manager, link))
          .as("one escalation for account " + id)
          .isEqualTo(1);
      assertThat(PlatformFixture.notices(accountManager, link))
          .as("one overdue notice for " + id)
          .isEqualTo(1);
    }
  }

  /** Runs an admin job twice on each instance, all four at once; each run answers 200. */
  private java.util.List<Api.Reply> runEverywhereAtOnce(String job) throws Exception {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.List<java.util.concurrent.Future<Api.Reply>> runs = new java.util.ArrayList<>();
      for (URI instance : java.util.List.of(first, second.baseUri, first, second.baseUri)) {
        Api admin = Api.as(instance, "admin", "demo");
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return admin.post("admin/jobs/" + job + "/run", "");
                }));
      }
      start.countDown();
      java.util.List<Api.Reply> replies = new java.util.ArrayList<>();
      for (var run : runs) {
        Api.Reply reply = run.get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        replies.add(reply);
      }
      return replies;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long storeOf(Api api) {
    return api.get("me").json().getJsonNumber("storeId").longValue();
  }
}
