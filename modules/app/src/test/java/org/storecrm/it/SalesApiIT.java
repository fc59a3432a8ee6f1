package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The catalogue, stock, checkout, orders and returns over the REST API. */
@SystemTest
class SalesApiIT {
  private final Api consultant;
  private final Api manager;
  private final Api plazaConsultant;
  private final Api admin;

  SalesApiIT(URI base) {
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void managersMaintainTheCatalogueEveryoneFindsItConsultantsCannotCreate() {
    String sku = sku("NB");
    Api.Reply created =
        manager.post(
            "products", product(sku, "Test Notebook", "NOTEBOOK", "4999.00", "4000", "MAINSTREAM"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(created.header("Location")).endsWith("/api/v1/products/" + id);
    assertThat(Api.decimal(created.json(), "price")).isEqualByComparingTo("4999.00");
    assertThat(created.json().getInt("onHand")).isZero();

    assertThat(ids(consultant.get("products?category=NOTEBOOK&q=" + sku.substring(0, 8)).json()))
        .contains(id);
    assertThat(ids(consultant.get("products?category=PHONE&q=" + sku).json())).doesNotContain(id);
    assertThat(ids(consultant.get("products?q=test%20notebook&size=200").json())).contains(id);
    assertThat(consultant.get("products/" + id).json().getString("sku")).isEqualTo(sku);
    assertThat(consultant.get("products/999999999").status()).isEqualTo(404);

    Api.Reply again =
        admin.post(
            "products", product(sku.toLowerCase(), "Twin", "NOTEBOOK", "1", "1", "MAINSTREAM"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(id);

    Api.Reply refused =
        consultant.post("products", product(sku("NB"), "Nope", "NOTEBOOK", "1", "1", "MAINSTREAM"));
    assertThat(refused.status()).isEqualTo(403);

    Api.Reply invalid = manager.post("products", "{\"sku\":\"bad sku!\",\"price\":-1}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(PlatformApiIT.fields(invalid))
        .contains("sku", "name", "category", "price", "cost", "pricingRole", "phase");

    JsonObject mix = manager.get("products/pricing-mix").json();
    assertThat(mix.getJsonNumber("products").longValue()).isPositive();
    assertThat(mix.getJsonArray("shares")).hasSize(3);
  }

  @Test
  void productsAreFoundByAnyWordsOfBrandNamesAndSkuInAnyOrderAndCase() {
    String sku = sku("CM");
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"EOS R50 Mirrorless","nameZh":"佳能 EOS R50 微单","brand":"Canon",\
            "category":"CAMERA","price":"5999.00","cost":"5000.00","pricingRole":"MAINSTREAM",\
            "phase":"PLATEAU"}"""
                .formatted(sku));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();

    for (String q : List.of("canon%20r50", "R50%20CANON", "%E4%BD%B3%E8%83%BD%20r50", "r50")) {
      assertThat(ids(consultant.get("products?size=200&q=" + q).json())).as(q).contains(id);
    }
    assertThat(ids(consultant.get("products?size=200&q=canon%20r60").json())).doesNotContain(id);
    assertThat(ids(consultant.get("products?q=" + sku.toLowerCase()).json())).containsExactly(id);
  }

  @Test
  void aSearchRanksMainProductsFirstAndThoseInTheCallersStockBeforeTheRest() {
    String word = "Rk" + Long.toString(System.nanoTime(), 36);
    long accessory = ranked(word + " strap", "ACCESSORY", 5);
    long cameraOutOfStock = ranked("AAA " + word, "CAMERA", 0); // first by name
    long cameraInStock = ranked("EOS " + word, "CAMERA", 3);

    assertThat(ids(consultant.get("products?q=" + word).json()))
        .containsExactly(cameraInStock, cameraOutOfStock, accessory);
    // The plaza store holds none of them: main products first, then by name.
    assertThat(ids(plazaConsultant.get("products?q=" + word).json()))
        .containsExactly(cameraOutOfStock, cameraInStock, accessory);
    // Asked for another order, that order; without words, SKU order as before.
    assertThat(ids(consultant.get("products?sort=name&q=" + word).json()))
        .containsExactly(cameraOutOfStock, cameraInStock, accessory);
  }

  private long ranked(String name, String category, int onHand) {
    Api.Reply created =
        manager.post(
            "products",
            product(sku(category.substring(0, 2)), name, category, "100", "50", "MAINSTREAM"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(consultant.put("products/" + id + "/stock", "{\"onHand\":" + onHand + "}").status())
        .isEqualTo(200);
    return id;
  }

  @Test
  void stockIsPerStore() {
    long id = newProduct("MAINSTREAM", "1999.00", null);
    Api.Reply set = consultant.put("products/" + id + "/stock", "{\"onHand\":7}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().getInt("onHand")).isEqualTo(7);
    assertThat(manager.get("products/" + id).json().getInt("onHand")).isEqualTo(7);
    assertThat(plazaConsultant.get("products/" + id).json().getInt("onHand")).isZero();
    assertThat(consultant.put("products/" + id + "/stock", "{\"onHand\":-1}").status())
        .isEqualTo(400);
  }

  @Test
  void anOrderTakesStockAndTheSameIdempotencyKeyNeverMakesASecondOrder() {
    long id = newProduct("MAINSTREAM", "2999.00", 5);
    String key = UUID.randomUUID().toString();
    String order = order(id, 2, null);
    Api.Reply first = consultant.post("orders", order, "Idempotency-Key", key);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    long orderId = first.json().getJsonNumber("id").longValue();
    assertThat(first.header("Location")).endsWith("/api/v1/orders/" + orderId);
    assertThat(Api.decimal(first.json(), "total")).isEqualByComparingTo("5998.00");
    assertThat(Api.decimal(first.json(), "margin")).isEqualByComparingTo("1199.60");
    assertThat(first.json().getString("status")).isEqualTo("COMPLETED");
    assertThat(onHand(consultant, id)).isEqualTo(3);

    Api.Reply repeat = consultant.post("orders", order, "Idempotency-Key", key);
    assertThat(repeat.status()).as(repeat.toString()).isEqualTo(200);
    assertThat(repeat.json().getJsonNumber("id").longValue()).isEqualTo(orderId);
    assertThat(onHand(consultant, id)).as("the repeat sold nothing").isEqualTo(3);

    Api.Reply other =
        consultant.post("orders", order, "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(other.status()).isEqualTo(201);
    assertThat(other.json().getJsonNumber("id").longValue()).isNotEqualTo(orderId);
    assertThat(onHand(consultant, id)).isEqualTo(1);

    assertThat(consultant.get("orders/" + orderId).json().getJsonArray("lines")).hasSize(1);
    assertThat(plazaConsultant.get("orders/" + orderId).status()).isEqualTo(404);
    assertThat(
            plazaConsultant
                .post(
                    "orders/" + orderId + "/returns",
                    "{\"lines\":[{\"lineId\":1,\"quantity\":1}]}",
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .status())
        .isEqualTo(404);
    List<Long> listed = ids(manager.get("orders?size=200").json());
    assertThat(listed).contains(orderId);
    assertThat(ids(plazaConsultant.get("orders?size=200").json())).doesNotContain(orderId);
  }

  @Test
  void ofTwoCountersSellingTheLastUnitAtOnceExactlyOneSucceeds() throws Exception {
    long id = newProduct("RESOURCE", "899.00", 1);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Api.Reply> sell =
          () -> {
            start.await();
            return consultant.post(
                "orders", order(id, 1, null), "Idempotency-Key", UUID.randomUUID().toString());
          };
      Future<Api.Reply> a = pool.submit(sell);
      Future<Api.Reply> b = pool.submit(sell);
      start.countDown();
      List<Api.Reply> replies = List.of(a.get(), b.get());
      assertThat(replies)
          .extracting(Api.Reply::status)
          .as(replies.toString())
          .containsExactlyInAnyOrder(201, 409);
      Api.Reply refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
      assertThat(refused.json().getString("code")).isEqualTo("sales.outOfStock");
      assertThat(refused.json().getString("detail")).contains(skuOf(id));
    } finally {
      pool.shutdownNow();
    }
    assertThat(onHand(consultant, id)).isZero();
    Api.Reply none =
        consultant.post(
            "orders", order(id, 1, null), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(none.status()).isEqualTo(409);
  }

  @Test
  void twoCountersSellingToOneCustomerAtOnceBothSucceedAndBothCount() throws Exception {
    long customer = CustomersApiIT.register(consultant, "两台同时", CustomersApiIT.mobile());
    long product = newProduct("RESOURCE", "1000.00", 10); // cost 800.00
    int counters = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(counters);
    try {
      Callable<Api.Reply> sell =
          () -> {
            start.await();
            return consultant.post(
                "orders",
                "{\"customerId\":%d,\"lines\":[{\"productId\":%d,\"quantity\":1}],\"payment\":\"CARD\"}"
                    .formatted(customer, product),
                "Idempotency-Key",
                UUID.randomUUID().toString());
          };
      List<Future<Api.Reply>> sales = new java.util.ArrayList<>();
      for (int i = 0; i < counters; i++) {
        sales.add(pool.submit(sell));
      }
      start.countDown();
      for (Future<Api.Reply> sale : sales) {
        Api.Reply reply = sale.get();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(onHand(consultant, product)).isEqualTo(10 - counters);
    assertThat(valueOf(customer))
        .as("every sale's margin is on the card, none lost to another")
        .isEqualByComparingTo(String.valueOf(200 * counters) + ".00");
  }

  @Test
  void aSaleMakesTheCustomerAnOwnSoldOwnerWithTheProductACallbackAndTheirValue() {
    long customer = CustomersApiIT.register(consultant, "买家", CustomersApiIT.mobile());
    consultant.put("customers/" + customer + "/grade", "{\"grade\":\"O\"}");
    long product = newProduct("RESOURCE", "5000.00", 3); // cost 4000.00
    Api.Reply sold =
        consultant.post(
            "orders",
            "{\"customerId\":%d,\"lines\":[{\"productId\":%d,\"quantity\":2}],\"payment\":\"CARD\"}"
                .formatted(customer, product),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);

    JsonObject card = consultant.get("customers/" + customer).json();
    assertThat(card.getString("classification")).isEqualTo("BASE");
    assertThat(card.getString("baseKind")).isEqualTo("OWN_SOLD_OWNER");
    assertThat(card.containsKey("grade")).as("a buyer is no longer an intent customer").isFalse();
    assertThat(consultant.get("customers/" + customer + "/products").structure().toString())
        .contains(skuOf(product));
    JsonObject callback = CustomersApiIT.findTask(consultant, customer);
    assertThat(callback.getString("reason")).isEqualTo("POST_SALE");
    assertThat(Instant.parse(card.getString("nextFollowUpDue")))
        .as("the card's next due date is its earliest open task, the callback")
        .isEqualTo(Instant.parse(callback.getString("dueAt")));
    assertThat(valueOf(customer)).isEqualByComparingTo("2000.00");

    long lineId =
        sold.json().getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    long orderId = sold.json().getJsonNumber("id").longValue();
    assertThat(
            consultant
                .post(
                    "orders/" + orderId + "/returns",
                    returning(lineId, 1),
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .status())
        .isEqualTo(200);
    assertThat(valueOf(customer))
        .as("a return takes its margin back")
        .isEqualByComparingTo("1000.00");
  }

  /** The customer's lifetime margin as the manager's value list shows it. */
  private java.math.BigDecimal valueOf(long customerId) {
    return manager
        .get("customer-reports/value?size=200")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(row -> row.getJsonNumber("customerId").longValue() == customerId)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("customer " + customerId + " is not among the buyers"))
        .getString("lifetimeMargin")
        .transform(BigDecimal::new);
  }

  @Test
  void aReturnRestoresStockAndKeepsTheOrder() {
    long id = newProduct("MAINSTREAM", "100.00", 5);
    Api.Reply sold =
        consultant.post(
            "orders", order(id, 3, null), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    long orderId = sold.json().getJsonNumber("id").longValue();
    long lineId =
        sold.json().getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(onHand(consultant, id)).isEqualTo(2);

    Api.Reply part =
        consultant.post(
            "orders/" + orderId + "/returns",
            returning(lineId, 1),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(part.status()).as(part.toString()).isEqualTo(200);
    assertThat(part.json().getString("status")).isEqualTo("PARTLY_RETURNED");
    assertThat(Api.decimal(part.json(), "returnedAmount")).isEqualByComparingTo("100.00");
    assertThat(onHand(consultant, id)).isEqualTo(3);

    Api.Reply tooMany =
        consultant.post(
            "orders/" + orderId + "/returns",
            returning(lineId, 3),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(tooMany.status()).isEqualTo(422);
    Api.Reply rest =
        consultant.post(
            "orders/" + orderId + "/returns",
            returning(lineId, 2),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(rest.json().getString("status")).isEqualTo("RETURNED");
    assertThat(Api.decimal(rest.json(), "returnedAmount")).isEqualByComparingTo("300.00");
    assertThat(Api.decimal(rest.json(), "margin")).isEqualByComparingTo("0.00");
    assertThat(onHand(consultant, id)).isEqualTo(5);
    assertThat(consultant.get("orders/" + orderId).status()).isEqualTo(200);
  }

  @Test
  void aDiscountBeyondTheConsultantsLimitNeedsAManagersApprovalOnTheSpot() {
    long id = newProduct("MAINSTREAM", "1000.00", 5);
    Api.Reply within =
        consultant.post(
            "orders", order(id, 1, "50.00"), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(within.status()).as(within.toString()).isEqualTo(201);

    Api.Reply beyond =
        consultant.post(
            "orders", order(id, 1, "100.00"), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(beyond.status()).as(beyond.toString()).isEqualTo(422);
    assertThat(beyond.json().getString("code")).isEqualTo("sales.discountNeedsApproval");

    String approved =
        order(id, 1, "100.00")
            .replace(
                "\"payment\"",
                "\"managerApproval\":{\"username\":\"manager\",\"password\":\"%s\"},\"payment\"");
    Api.Reply wrong =
        consultant.post(
            "orders",
            approved.formatted("not-it"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.json().getString("code")).isEqualTo("sales.approvalInvalid");
    Api.Reply otherStore =
        consultant.post(
            "orders",
            approved.replace("\"manager\"", "\"plaza.manager\"").formatted("demo"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(otherStore.json().getString("code")).isEqualTo("sales.approvalInvalid");
    Api.Reply ok =
        consultant.post(
            "orders", approved.formatted("demo"), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
    assertThat(ok.json().getString("approvedBy")).isEqualTo("manager");
    assertThat(Api.decimal(ok.json(), "total")).isEqualByComparingTo("900.00");

    assertThat(
            manager
                .post(
                    "orders",
                    order(id, 1, "150.00"),
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .status())
        .as("a manager sells with up to 20 % off")
        .isEqualTo(201);
    assertThat(
            manager
                .post(
                    "orders",
                    order(id, 1, "300.00"),
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .json()
                .getString("code"))
        .isEqualTo("sales.discountBeyondLimit");
  }

  @Test
  void accountCreditForAnUnknownAccountIsRefusedAndBadInputIsAProblemWithFields() {
    long id = newProduct("MAINSTREAM", "500.00", 5);
    Api.Reply credit =
        consultant.post(
            "orders",
            order(id, 1, null).replace("\"CASH\"", "\"ACCOUNT_CREDIT\",\"accountId\":999999999"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(credit.status()).as(credit.toString()).isEqualTo(422);
    assertThat(credit.json().getString("code")).isEqualTo("sales.creditRefused");

    Api.Reply invalid =
        consultant.post(
            "orders",
            "{\"lines\":[{\"productId\":" + id + ",\"quantity\":0}]}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.contentType()).startsWith("application/problem+json");
    assertThat(PlatformApiIT.fields(invalid)).contains("payment", "lines[0].quantity");
    assertThat(
            consultant
                .post(
                    "orders",
                    "{\"lines\":[],\"payment\":\"CASH\"}",
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .status())
        .isEqualTo(400);
    Api.Reply unknown =
        consultant.post(
            "orders", order(999999999L, 1, null), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(unknown)).containsExactly("lines[0].productId");
    assertThat(onHand(consultant, id)).as("nothing was half-saved").isEqualTo(5);
  }

  @Test
  void aTrafficProductIsSteeredUpAndTheChecklistRecordsEveryAnswer() {
    String category = "CAMCORDER";
    long traffic = newProduct("TRAFFIC", "999.00", 10, category, 2);
    // Dearer than any camcorder other tests leave in stock: steer-ups go highest price first.
    long better = newProduct("RESOURCE", "99999.00", 3, category, null);
    Api.Reply advice =
        consultant.post(
            "checkout/advice", "{\"lines\":[{\"productId\":" + traffic + ",\"quantity\":1}]}");
    assertThat(advice.status()).as(advice.toString()).isEqualTo(200);
    List<JsonObject> suggestions = advice.structure().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(suggestions).extracting(s -> s.getString("kind")).contains("STEER_UP");
    JsonObject steer =
        suggestions.stream()
            .filter(
                s ->
                    s.getJsonNumber("productId") != null
                        && s.getJsonNumber("productId").longValue() == better)
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no step-up to " + better + " in " + suggestions));

    String order =
        order(traffic, 1, null)
            .replace(
                "\"payment\"",
                "\"checklist\":[{\"code\":\""
                    + steer.getString("code")
                    + "\",\"outcome\":\"DECLINED\"}],\"payment\"");
    Api.Reply sold =
        consultant.post("orders", order, "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    List<JsonObject> checklist =
        sold.json().getJsonArray("checklist").getValuesAs(JsonObject.class);
    assertThat(checklist).hasSize(suggestions.size());
    assertThat(checklist)
        .filteredOn(c -> c.getString("code").equals(steer.getString("code")))
        .extracting(c -> c.getString("outcome"))
        .containsExactly("DECLINED");
    assertThat(checklist)
        .filteredOn(c -> !c.getString("code").equals(steer.getString("code")))
        .extracting(c -> c.getString("outcome"))
        .containsOnly("NOT_OFFERED");

    // An answer to a code the advice no longer makes does not refuse the sale; it is ignored.
    Api.Reply unknownAnswer = sell(order.replace(steer.getString("code"), "made-up"));
    assertThat(unknownAnswer.status()).as(unknownAnswer.toString()).isEqualTo(201);
    List<JsonObject> recorded =
        unknownAnswer.json().getJsonArray("checklist").getValuesAs(JsonObject.class);
    assertThat(recorded).extracting(c -> c.getString("code")).doesNotContain("made-up");
    assertThat(recorded).extracting(c -> c.getString("outcome")).containsOnly("NOT_OFFERED");

    // The traffic limit: two units per store, both sold now.
    Api.Reply overLimit = sell(order(traffic, 1, null));
    assertThat(overLimit.status()).isEqualTo(409);
    assertThat(overLimit.json().getString("code")).isEqualTo("sales.trafficLimit");

    // A manager sets a new limit of 3: it counts from now, so 2 sell and a third and fourth do not.
    JsonObject product = manager.get("products/" + traffic).json();
    String changes =
        """
        {"name":"%s","nameZh":"%s","brand":"Test","category":"%s","price":999.00,"cost":799.20,        "pricingRole":"TRAFFIC","phase":"PLATEAU","trafficLimit":3,"active":true,"version":%d}"""
            .formatted(
                product.getString("name"),
                product.getString("nameZh"),
                category,
                product.getJsonNumber("version").longValue());
    Api.Reply set = manager.put("products/" + traffic, changes);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    Api.Reply two = sell(order(traffic, 2, null));
    assertThat(two.status()).as(two.toString()).isEqualTo(201);
    assertThat(sell(order(traffic, 2, null)).json().getString("code"))
        .isEqualTo("sales.trafficLimit");
  }

  @Test
  void acceptedAccessoryNotInTheOrderIsRecordedAsOfferedOnly() {
    String category = "CAMCORDER";
    long traffic = newProduct("TRAFFIC", "899.00", 5, category, 5);
    long better = newProduct("RESOURCE", "99998.00", 3, category, null);
    List<JsonObject> suggestions =
        consultant
            .post("checkout/advice", "{\"lines\":[{\"productId\":" + traffic + ",\"quantity\":1}]}")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    String code =
        suggestions.stream()
            .filter(
                s ->
                    s.getJsonNumber("productId") != null
                        && s.getJsonNumber("productId").longValue() == better)
            .findFirst()
            .orElseThrow()
            .getString("code");
    String accepted =
        order(traffic, 1, null)
            .replace(
                "\"payment\"",
                "\"checklist\":[{\"code\":\"" + code + "\",\"outcome\":\"ACCEPTED\"}],\"payment\"");
    Api.Reply sold = sell(accepted);
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    assertThat(sold.json().getJsonArray("checklist").getValuesAs(JsonObject.class))
        .filteredOn(c -> c.getString("code").equals(code))
        .extracting(c -> c.getString("outcome"))
        .containsExactly("OFFERED");
  }

  @Test
  void aSaleMovesTheCustomersOpenOpportunityOfTheSoldCategoryToOrdered() {
    long customer = CustomersApiIT.register(consultant, "机会买家", CustomersApiIT.mobile());
    long notebookInterest = OpportunitiesApiIT.open(consultant, customer, "NOTEBOOK", null);
    long phoneInterest = OpportunitiesApiIT.open(consultant, customer, "PHONE", null);
    long notebook = newProduct("MAINSTREAM", "4999.00", 3);
    Api.Reply sold =
        sell(
            order(notebook, 1, null)
                .replace("{\"lines\"", "{\"customerId\":" + customer + ",\"lines\""));
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    long orderId = sold.json().getJsonNumber("id").longValue();
    JsonObject ordered = consultant.get("opportunities/" + notebookInterest).json();
    assertThat(ordered.getString("stage")).isEqualTo("ORDERED");
    assertThat(ordered.getJsonNumber("orderId").longValue()).isEqualTo(orderId);
    assertThat(consultant.get("opportunities/" + phoneInterest).json().getString("stage"))
        .as("another category's interest stays open where it was")
        .isEqualTo("LEAD");
  }

  @Test
  void anOrderWithoutAnIdempotencyKeyIsRefusedNamingTheHeader() {
    long id = newProduct("MAINSTREAM", "1299.00", 2);
    Api.Reply none = consultant.post("orders", order(id, 1, null));
    assertThat(none.status()).as(none.toString()).isEqualTo(400);
    assertThat(none.contentType()).startsWith("application/problem+json");
    assertThat(PlatformApiIT.fields(none)).containsExactly("Idempotency-Key");
    assertThat(onHand(consultant, id)).isEqualTo(2);
  }

  @Test
  void aKeyReusedForADifferentOrderIsRefusedAndSellsNothing() {
    long id = newProduct("MAINSTREAM", "1299.00", 5);
    String key = UUID.randomUUID().toString();
    Api.Reply first = consultant.post("orders", order(id, 1, null), "Idempotency-Key", key);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    Api.Reply other = consultant.post("orders", order(id, 2, null), "Idempotency-Key", key);
    assertThat(other.status()).as(other.toString()).isEqualTo(422);
    assertThat(other.json().getString("code")).isEqualTo("sales.idempotencyKeyReused");
    assertThat(PlatformApiIT.fields(other)).containsExactly("Idempotency-Key");
    assertThat(onHand(consultant, id)).isEqualTo(4);
  }

  @Test
  void headOfficeSellingForOneStoreCannotBookAnotherStoresCustomer() {
    long plazaCustomer = CustomersApiIT.register(plazaConsultant, "广场顾客", CustomersApiIT.mobile());
    long id = newProduct("MAINSTREAM", "999.00", 5);
    Api.Reply refused =
        admin.post(
            "orders",
            order(id, 1, null)
                .replace(
                    "\"payment\"",
                    "\"storeId\":1,\"customerId\":" + plazaCustomer + ",\"payment\""),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(refused)).containsExactly("customerId");
    assertThat(onHand(consultant, id)).as("nothing was sold").isEqualTo(5);
  }

  @Test
  void onlyHeadOfficeMayBackdateASale() {
    long id = newProduct("MAINSTREAM", "1299.00", 5);
    String past =
        order(id, 1, null)
            .replace("\"payment\"", "\"soldAt\":\"2025-01-02T03:04:05Z\",\"payment\"");
    for (Api seller : List.of(consultant, manager)) {
      Api.Reply refused =
          seller.post("orders", past, "Idempotency-Key", UUID.randomUUID().toString());
      assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
      assertThat(refused.json().getString("code")).isEqualTo("sales.soldAtAdminOnly");
      assertThat(PlatformApiIT.fields(refused)).containsExactly("soldAt");
    }
    assertThat(onHand(consultant, id)).isEqualTo(5);
    Api.Reply imported =
        admin.post(
            "orders",
            past.replace("\"payment\"", "\"storeId\":1,\"payment\""),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    assertThat(imported.json().getString("soldAt")).startsWith("2025-01-02T03:04:05");
  }

  @Test
  void aRetriedReturnRefundsOnceAndTheKeyCannotBeReusedForAnotherReturn() {
    long id = newProduct("MAINSTREAM", "1000.00", 5);
    JsonObject sold = sell(order(id, 3, null)).json();
    long orderId = sold.getJsonNumber("id").longValue();
    long lineId = sold.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    String key = UUID.randomUUID().toString();
    String path = "orders/" + orderId + "/returns";
    Api.Reply first = consultant.post(path, returning(lineId, 1), "Idempotency-Key", key);
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    Api.Reply retry = consultant.post(path, returning(lineId, 1), "Idempotency-Key", key);
    assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
    assertThat(Api.decimal(retry.json(), "returnedAmount")).isEqualByComparingTo("1000.00");
    assertThat(onHand(consultant, id)).as("one unit back, not two").isEqualTo(3);
    Api.Reply reused = consultant.post(path, returning(lineId, 2), "Idempotency-Key", key);
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().getString("code")).isEqualTo("sales.idempotencyKeyReused");
    Api.Reply noKey = consultant.post(path, returning(lineId, 1));
    assertThat(noKey.status()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(noKey)).containsExactly("Idempotency-Key");
    assertThat(onHand(consultant, id)).isEqualTo(3);
  }

  // --- helpers -------------------------------------------------------------------------------

  private long newProduct(String role, String price, Integer stock) {
    return newProduct(role, price, stock, "NOTEBOOK", null);
  }

  private long newProduct(
      String role, String price, Integer stock, String category, Integer trafficLimit) {
    String body =
        product(
            sku("IT"),
            "IT product " + role,
            category,
            price,
            new java.math.BigDecimal(price)
                .multiply(new java.math.BigDecimal("0.8"))
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString(),
            role);
    if (trafficLimit != null) {
      body = body.replace("}", ",\"trafficLimit\":" + trafficLimit + "}");
    }
    Api.Reply created = manager.post("products", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    if (stock != null) {
      assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":" + stock + "}").status())
          .isEqualTo(200);
    }
    return id;
  }

  private String skuOf(long productId) {
    return consultant.get("products/" + productId).json().getString("sku");
  }

  static String sku(String prefix) {
    return prefix
        + "-"
        + Long.toString(System.nanoTime(), 36).toUpperCase()
        + ThreadLocalRandom.current().nextInt(100, 999);
  }

  static String product(
      String sku, String name, String category, String price, String cost, String role) {
    return """
        {"sku":"%s","name":"%s","nameZh":"测试%s","brand":"Test","category":"%s","price":%s,"cost":%s,"pricingRole":"%s","phase":"PLATEAU"}"""
        .formatted(sku, name, name, category, price, cost, role);
  }

  static String order(long productId, int quantity, String discount) {
    return """
        {"lines":[{"productId":%d,"quantity":%d%s}],"payment":"CASH"}"""
        .formatted(productId, quantity, discount == null ? "" : ",\"discount\":" + discount);
  }

  private Api.Reply sell(String order) {
    return consultant.post("orders", order, "Idempotency-Key", UUID.randomUUID().toString());
  }

  /** Takes one unit of the order's line of the product back, with a fresh key. */
  static Api.Reply returnOne(Api api, JsonObject order, long productId) {
    JsonObject line =
        order.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getJsonNumber("productId").longValue() == productId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no line of product " + productId));
    return api.post(
        "orders/" + order.getJsonNumber("id") + "/returns",
        returning(line.getJsonNumber("id").longValue(), 1),
        "Idempotency-Key",
        UUID.randomUUID().toString());
  }

  private static String returning(long lineId, int quantity) {
    return "{\"lines\":[{\"lineId\":%d,\"quantity\":%d}]}".formatted(lineId, quantity);
  }

  private static int onHand(Api api, long productId) {
    return api.get("products/" + productId).json().getInt("onHand");
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getJsonNumber("id").longValue())
        .toList();
  }
}
