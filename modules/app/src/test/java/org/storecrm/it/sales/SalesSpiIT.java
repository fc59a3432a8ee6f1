package org.storecrm.it.sales;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.storecrm.it.Api;
import org.storecrm.it.BuiltWar;
import org.storecrm.it.RequiresDatabase;

/**
 * The sales SPIs present: the WAR with a test {@code CheckoutAdvisor} and same-transaction
 * observers of the sales events, driven over HTTP (the credit check is the accounts module's,
 * tested with real accounts in AccountsApiIT and ReceivablesApiIT).
 */
@ExtendWith(RequiresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesSpiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BuiltWar.archive()
        .addClasses(TestCheckoutAdvisor.class, SaleRecorder.class, OrderEventRecorder.class);
  }

  @ArquillianResource URL base;

  private Api as(String user) throws Exception {
    return BuiltWar.api(base, user, "demo");
  }

  @Test
  void advisorsSuggestTheChecklistAndTheSaleEventCommitsWithTheOrder() throws Exception {
    Api manager = as("manager");
    Api consultant = as("consultant");
    long camera = product(manager, "CM-" + suffix(), "CAMERA");

    // The advisor's checklist for a camera; the consultant's answers are recorded per entry.
    Api.Reply advice =
        consultant.post(
            "checkout/advice", "{\"lines\":[{\"productId\":" + camera + ",\"quantity\":1}]}");
    assertThat(advice.status()).as(advice.toString()).isEqualTo(200);
    List<JsonObject> suggestions = advice.structure().asJsonArray().getValuesAs(JsonObject.class);
    // The test advisor's suggestions (the bundles module's real checklist comes with them).
    assertThat(suggestions)
        .extracting(s -> s.getString("code"))
        .filteredOn(code -> code.startsWith("test."))
        .containsExactly("test.memory-card:" + camera, "test.gold-card:" + camera);

    Api.Reply sold =
        consultant.post(
            "orders",
            """
            {"lines":[{"productId":%d,"quantity":1}],"payment":"CARD",
             "checklist":[{"code":"test.memory-card:%d","outcome":"ACCEPTED"}]}"""
                .formatted(camera, camera),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    long orderId = sold.json().getJsonNumber("id").longValue();
    assertThat(sold.json().getJsonArray("checklist").getValuesAs(JsonObject.class))
        .filteredOn(c -> c.getString("code").startsWith("test."))
        .extracting(c -> c.getString("family") + "=" + c.getString("outcome"))
        .containsExactly("memory card=ACCEPTED", "Gold card=NOT_OFFERED");

    List<JsonObject> events =
        consultant.get("test/sales-events").structure().asJsonArray().getValuesAs(JsonObject.class);
    JsonObject event =
        events.stream()
            .filter(e -> e.getJsonNumber("orderId").longValue() == orderId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no OrderPlaced for " + orderId));
    assertThat(event.getJsonArray("lines").getJsonObject(0).getString("category"))
        .isEqualTo("CAMERA");

    // An observer that fails takes the sale down with it: no order, no stock taken.
    long failing = product(manager, "FAILOBS-" + suffix(), "NOTEBOOK");
    Api.Reply failed =
        consultant.post(
            "orders",
            "{\"lines\":[{\"productId\":" + failing + ",\"quantity\":1}],\"payment\":\"CASH\"}",
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(failed.status()).isEqualTo(500);
    assertThat(consultant.get("products/" + failing).json().getInt("onHand")).isEqualTo(5);
    assertThat(consultant.get("test/sales-events/lines-of/" + failing).body())
        .as("no order row was left behind")
        .isEqualTo("0");
  }

  /** An active account of the flagship store, which the accounts module's credit check passes. */
  private static long activeAccount(Api accountManager) {
    Api.Reply created =
        accountManager.post(
            "accounts",
            "{\"name\":\"SPI test account\",\"status\":\"ACTIVE\",\"source\":\"REFERRAL\",\"paymentTermDays\":30}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  @Test
  void linesNameTheirSerialsAndTheOrderEventsCarryThemWithTheAccount() throws Exception {
    Api consultant = as("consultant");
    long phone = product(as("manager"), "SER-" + suffix(), "PHONE");
    Api.Reply account =
        as("accounts")
            .post(
                "accounts",
                "{\"name\":\"Serial client %s\",\"status\":\"ACTIVE\",\"source\":\"REFERRAL\",\"paymentTermDays\":30}"
                    .formatted(suffix()));
    assertThat(account.status()).as(account.toString()).isEqualTo(201);
    long accountId = account.json().getJsonNumber("id").longValue();
    String order =
        """
        {"lines":[{"productId":%d,"quantity":2,"serial":"SN-A1","serials":["SN-B2","SN-A1"]}],
         "payment":"ACCOUNT_CREDIT","accountId":%d}"""
            .formatted(phone, accountId);
    String key = UUID.randomUUID().toString();
    Api.Reply sold = consultant.post("orders", order, "Idempotency-Key", key);
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    long orderId = sold.json().getJsonNumber("id").longValue();
    JsonObject line = sold.json().getJsonArray("lines").getJsonObject(0);
    assertThat(line.getJsonArray("serials").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .as("each serial once, in the order given")
        .containsExactly("SN-A1", "SN-B2");
    assertThat(consultant.get("orders/" + orderId).json().getJsonArray("lines").getJsonObject(0))
        .as("read back as sent")
        .isEqualTo(line);

    JsonObject placed =
        consultant
            .get("test/order-events/placed/" + orderId)
            .structure()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(placed.getJsonNumber("accountId").longValue()).isEqualTo(accountId);
    assertThat(placed.getString("payment")).isEqualTo("ACCOUNT_CREDIT");
    assertThat(placed.getJsonArray("lines").getJsonObject(0).getJsonArray("serials").size())
        .isEqualTo(2);
    // A different serial is a different request: its key cannot be reused for it.
    assertThat(
            consultant
                .post("orders", order.replace("SN-B2", "SN-C3"), "Idempotency-Key", key)
                .status())
        .isEqualTo(422);

    long lineId = line.getJsonNumber("id").longValue();
    Api.Reply returned =
        consultant.post(
            "orders/" + orderId + "/returns",
            "{\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":2}]}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(returned.status()).as(returned.toString()).isIn(200, 201);
    JsonObject back =
        consultant
            .get("test/order-events/returned/" + orderId)
            .structure()
            .asJsonArray()
            .getJsonObject(0);
    assertThat(Api.decimal(back, "refund")).isEqualByComparingTo("3998.00");
    assertThat(back.getJsonArray("lines").getJsonObject(0).getBoolean("wholeLineReturned"))
        .isTrue();

    Api.Reply badSerial =
        consultant.post(
            "orders",
            order.replace("SN-A1", "SN;A1"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(badSerial.status()).as(badSerial.toString()).isEqualTo(400);
    assertThat(badSerial.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactlyInAnyOrder("lines[0].serial", "lines[0].serials[1]");
  }

  @Test
  void theSameIdempotencyKeyTwiceMakesOneOrderEvenWhenSentAtOnce() throws Exception {
    Api consultant = as("consultant");
    long product = product(as("manager"), "IDEM-" + suffix(), "NOTEBOOK");
    String order =
        "{\"lines\":[{\"productId\":" + product + ",\"quantity\":1}],\"payment\":\"CASH\"}";
    String key = UUID.randomUUID().toString();
    List<Api.Reply> replies =
        atOnce(() -> consultant.post("orders", order, "Idempotency-Key", key));
    assertThat(replies)
        .extracting(Api.Reply::status)
        .as(replies.toString())
        .containsExactlyInAnyOrder(201, 200);
    assertThat(replies)
        .extracting(r -> r.json().getJsonNumber("id").longValue())
        .as("both answer the one order")
        .containsOnly(replies.get(0).json().getJsonNumber("id").longValue());
    Api.Reply again = consultant.post("orders", order, "Idempotency-Key", key);
    assertThat(again.status()).isEqualTo(200);
    assertThat(consultant.get("products/" + product).json().getInt("onHand")).isEqualTo(4);
    assertThat(consultant.get("test/sales-events/lines-of/" + product).body()).isEqualTo("1");
  }

  @Test
  void ofTwoCountersSellingTheLastUnitAtOnceExactlyOneSucceeds() throws Exception {
    Api manager = as("manager");
    Api consultant = as("consultant");
    long product = product(manager, "LAST-" + suffix(), "NOTEBOOK");
    assertThat(manager.put("products/" + product + "/stock", "{\"onHand\":1}").status())
        .isEqualTo(200);
    String order =
        "{\"lines\":[{\"productId\":" + product + ",\"quantity\":1}],\"payment\":\"CASH\"}";
    List<Api.Reply> replies =
        atOnce(
            () ->
                consultant.post("orders", order, "Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(replies)
        .extracting(Api.Reply::status)
        .as(replies.toString())
        .containsExactlyInAnyOrder(201, 409);
    assertThat(consultant.get("products/" + product).json().getInt("onHand")).isZero();
    assertThat(consultant.get("test/sales-events/lines-of/" + product).body()).isEqualTo("1");
  }

  /** Sends the same request from two threads released together. */
  private static List<Api.Reply> atOnce(Callable<Api.Reply> request) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Api.Reply> released =
          () -> {
            start.await();
            return request.call();
          };
      Future<Api.Reply> a = pool.submit(released);
      Future<Api.Reply> b = pool.submit(released);
      start.countDown();
      return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  private static long product(Api manager, String sku, String category) {
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"SPI test %s","category":"%s","price":1999.00,"cost":1500.00,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku, sku, category));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":5}").status()).isEqualTo(200);
    return id;
  }

  private static String suffix() {
    return Long.toString(System.nanoTime(), 36).toUpperCase();
  }
}
