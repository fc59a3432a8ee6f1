package org.storecrm.it.bundles;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
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
 * The bundles module deployed in Payara Micro (the WAR as built, so the real {@code BundlesAdvisor}
 * is the checkout's advisor), driven over HTTP: checklist advice and answers, gift pack stock, and
 * the attach KPIs as sales and returns move them.
 */
@ExtendWith(RequiresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BundlesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BuiltWar.archive();
  }

  @ArquillianResource URL base;

  private Api as(String user, String password) {
    return BuiltWar.api(base, user, password);
  }

  private Api as(String user) {
    return as(user, "demo");
  }

  @Test
  void theAdvisorListsACamerasChecklistEntriesAndTheOrderKeepsTheAnswers() {
    Api manager = as("manager");
    Api consultant = as("consultant");
    long camera = product(manager, "CAMERA", "4999.00", "4000.00", 5);
    long card = product(manager, "ACCESSORY", "199.00", "99.00", 5);
    long bag = product(manager, "ACCESSORY", "299.00", "150.00", 5);
    long cardEntry = entry(manager, "ARQ card", card);
    long bagEntry = entry(manager, "ARQ bag", bag);
    try {
      Api.Reply advice =
          consultant.post(
              "checkout/advice", "{\"lines\":[{\"productId\":" + camera + ",\"quantity\":1}]}");
      assertThat(advice.status()).as(advice.toString()).isEqualTo(200);
      List<JsonObject> ours =
          advice.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
              .filter(
                  s ->
                      s.getString("code").startsWith("bun:" + cardEntry + ":")
                          || s.getString("code").startsWith("bun:" + bagEntry + ":"))
              .toList();
      assertThat(ours)
          .extracting(s -> s.getJsonNumber("productId").longValue())
          .as("both entries, the larger margin first")
          .containsExactly(bag, card);
      assertThat(ours)
          .allSatisfy(
              s -> assertThat(s.getJsonNumber("forProductId").longValue()).isEqualTo(camera));
      String bagCode = ours.get(0).getString("code");
      String cardCode = ours.get(1).getString("code");

      Api.Reply order =
          consultant.post(
              "orders",
              """
              {"lines":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}],
               "checklist":[{"code":"%s","outcome":"ACCEPTED"},{"code":"%s","outcome":"DECLINED"}],
               "payment":"CASH"}"""
                  .formatted(camera, bag, bagCode, cardCode),
              "Idempotency-Key",
              UUID.randomUUID().toString());
      assertThat(order.status()).as(order.toString()).isEqualTo(201);
      long orderId = order.json().getJsonNumber("id").longValue();
      // Read back from the database, not the reply to the POST.
      List<JsonObject> stored =
          consultant.get("orders/" + orderId).json().getJsonArray("checklist").stream()
              .map(JsonObject.class::cast)
              .toList();
      assertThat(outcome(stored, bagCode)).isEqualTo("ACCEPTED");
      assertThat(outcome(stored, cardCode)).isEqualTo("DECLINED");
    } finally {
      manager.delete("bundles/checklists/" + cardEntry);
      manager.delete("bundles/checklists/" + bagEntry);
    }
  }

  @Test
  void aPackWithAComponentOutOfStockCannotBeSoldAndSellingOneTakesEveryComponent() {
    Api manager = as("manager");
    Api consultant = as("consultant");
    long lens = product(manager, "ACCESSORY", "300.00", "200.00", 2);
    long cloth = product(manager, "ACCESSORY", "100.00", "20.00", 1);
    long strap = product(manager, "ACCESSORY", "100.00", "30.00", 0);
    String pack =
        """
        {"name":"ARQ pack","nameZh":"测试礼包","price":%s,"forCategory":"CAMERA",
         "components":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}]}""";
    Api.Reply withStrap = manager.post("bundles/packs", pack.formatted("150.00", lens, strap));
    assertThat(withStrap.status()).as(withStrap.toString()).isEqualTo(201);
    long strapPack = withStrap.json().getJsonNumber("id").longValue();
    Api.Reply refused =
        consultant.post(
            "bundles/packs/" + strapPack + "/sales",
            "{\"quantity\":1,\"payment\":\"CASH\"}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("code")).isEqualTo("sales.outOfStock");
    assertThat(stock(consultant, lens))
        .as("nothing taken from the component in stock")
        .isEqualTo(2);

    Api.Reply created = manager.post("bundles/packs", pack.formatted("300.00", lens, cloth));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long packId = created.json().getJsonNumber("id").longValue();
    Api.Reply sold =
        consultant.post(
            "bundles/packs/" + packId + "/sales",
            "{\"quantity\":1,\"payment\":\"CASH\"}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    assertThat(Api.decimal(sold.json(), "total")).isEqualByComparingTo("300.00");
    assertThat(stock(consultant, lens)).isEqualTo(1);
    assertThat(stock(consultant, cloth)).isZero();

    // The cloth is gone now: the second sale is refused and the lens keeps its last unit.
    Api.Reply again =
        consultant.post(
            "bundles/packs/" + packId + "/sales",
            "{\"quantity\":1,\"payment\":\"CASH\"}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(stock(consultant, lens)).isEqualTo(1);
  }

  @Test
  void theAttachRateMovesWithSalesPartialReturnsAndAReturnedMainProduct() {
    Api manager = as("manager");
    Api admin = as("admin");
    long store = manager.get("me").json().getJsonNumber("storeId").longValue();
    Seller made = newSeller(admin, store, "arq.seller.", "Test User");
    long sellerId = made.id();
    Api seller = made.api();

    long camera = product(manager, "CAMERA", "5000.00", "4000.00", 10);
    long bag = product(manager, "ACCESSORY", "100.00", "60.00", 10);
    long filter = product(manager, "ACCESSORY", "200.00", "100.00", 10);

    // A camera alone: one main sale, none attached.
    sell(seller, "{\"productId\":%d,\"quantity\":1}".formatted(camera));
    JsonObject row = row(manager, sellerId);
    assertThat(row.getJsonNumber("mainSales").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("attachedSales").longValue()).isZero();
    assertThat(Api.decimal(row, "attachRate")).isEqualByComparingTo("0.0");

    // A camera with two bags: two main sales, one attached, two accessory units.
    JsonObject withBags =
        sell(
            seller,
            "{\"productId\":%d,\"quantity\":1},{\"productId\":%d,\"quantity\":2}"
                .formatted(camera, bag));
    row = row(manager, sellerId);
    assertThat(row.getJsonNumber("mainSales").longValue()).isEqualTo(2);
    assertThat(row.getJsonNumber("attachedSales").longValue()).isEqualTo(1);
    assertThat(Api.decimal(row, "attachRate")).isEqualByComparingTo("50.0");
    assertThat(row.getJsonNumber("accessoryUnits").longValue()).isEqualTo(2);

    // One of the two bags comes back: the sale stays attached with the bag that was kept.
    returnLine(manager, withBags, bag, 1);
    row = row(manager, sellerId);
    assertThat(row.getJsonNumber("attachedSales").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("accessoryUnits").longValue()).isEqualTo(1);
    assertThat(Api.decimal(row, "accessoryMargin")).isEqualByComparingTo("40.00");

    // A camera with a filter, then the camera comes back: no main sale any more, the kept filter is
    // credited apart from the attach rate.
    JsonObject withFilter =
        sell(
            seller,
            "{\"productId\":%d,\"quantity\":1},{\"productId\":%d,\"quantity\":1}"
                .formatted(camera, filter));
    row = row(manager, sellerId);
    assertThat(row.getJsonNumber("mainSales").longValue()).isEqualTo(3);
    assertThat(row.getJsonNumber("attachedSales").longValue()).isEqualTo(2);
    assertThat(Api.decimal(row, "attachRate")).isEqualByComparingTo("66.7");
    returnLine(manager, withFilter, camera, 1);
    row = row(manager, sellerId);
    assertThat(row.getJsonNumber("mainSales").longValue()).isEqualTo(2);
    assertThat(row.getJsonNumber("attachedSales").longValue()).isEqualTo(1);
    assertThat(Api.decimal(row, "attachRate")).isEqualByComparingTo("50.0");
    assertThat(row.getJsonNumber("accessoryUnits").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("soloSales").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("soloUnits").longValue()).isEqualTo(1);
  }

  @Test
  void anEntryWhoseProductIsAlreadyInTheBasketNamesItAndTheOrderRecordsItAccepted() {
    Api manager = as("manager");
    Api consultant = as("consultant");
    long camera = product(manager, "CAMERA", "4999.00", "4000.00", 5);
    long cardBest = product(manager, "ACCESSORY", "299.00", "100.00", 5);
    long cardCheap = product(manager, "ACCESSORY", "99.00", "60.00", 5);
    long entry = entry(manager, "ARQ cards", cardBest, cardCheap);
    try {
      String code = "bun:" + entry + ":" + camera;
      assertThat(suggested(consultant, code, camera)).as("the best margin").isEqualTo(cardBest);
      // The consultant typed the cheaper card's SKU before answering: the entry names that card,
      // under the same code, so accepting it adds no second card.
      assertThat(suggested(consultant, code, camera, cardCheap)).isEqualTo(cardCheap);
      // Sold without an answer (or declined by mistake): the card was taken.
      for (String answers :
          List.of("", "{\"code\":\"%s\",\"outcome\":\"DECLINED\"}".formatted(code))) {
        Api.Reply order =
            consultant.post(
                "orders",
                """
                {"lines":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}],
                 "checklist":[%s],"payment":"CASH"}"""
                    .formatted(camera, cardCheap, answers),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        List<JsonObject> stored =
            consultant
                .get("orders/" + order.json().getJsonNumber("id"))
                .json()
                .getJsonArray("checklist")
                .getValuesAs(JsonObject.class);
        assertThat(outcome(stored, code)).as("answers [%s]", answers).isEqualTo("ACCEPTED");
      }
    } finally {
      manager.delete("bundles/checklists/" + entry);
    }
  }

  @Test
  void aPackSoldFromACamerasReceiptMakesItAnAttachedSaleUntilThePackComesBack() {
    Api manager = as("manager");
    Api consultant = as("consultant");
    Api admin = as("admin");
    long store = manager.get("me").json().getJsonNumber("storeId").longValue();
    Seller made = newSeller(admin, store, "arq.packs.", "Pack Seller");
    long sellerId = made.id();
    Api seller = made.api();
    long camera = product(manager, "CAMERA", "5000.00", "4000.00", 5);
    long lens = product(manager, "ACCESSORY", "300.00", "200.00", 5);
    long cloth = product(manager, "ACCESSORY", "100.00", "20.00", 5);
    Api.Reply created =
        manager.post(
            "bundles/packs",
            """
            {"name":"ARQ after-sale pack","price":300.00,"forCategory":"CAMERA",
             "components":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}]}"""
                .formatted(lens, cloth));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String sale = "bundles/packs/" + created.json().getJsonNumber("id") + "/sales";

    // A camera without accessories: a main sale, not attached.
    long cameraOrder =
        sell(seller, "{\"productId\":%d,\"quantity\":1}".formatted(camera))
            .getJsonNumber("id")
            .longValue();
    assertThat(row(manager, sellerId).getJsonNumber("attachedSales").longValue()).isZero();

    // A pack follows only a recent sale the seller's store made (another store's is not found) to
    // the same customer, that still holds a main product the customer kept.
    Api.Reply otherStore =
        as("plaza.consultant")
            .post(sale, afterSale(cameraOrder), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(otherStore.status()).as(otherStore.toString()).isEqualTo(404);
    JsonObject accessoriesOnly =
        sell(consultant, "{\"productId\":%d,\"quantity\":1}".formatted(cloth));
    Api.Reply noMain =
        seller.post(
            sale,
            afterSale(accessoriesOnly.getJsonNumber("id").longValue()),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(noMain.status()).as(noMain.toString()).isEqualTo(422);
    assertThat(noMain.json().getString("code")).isEqualTo("sales.packMainNoMainProduct");
    JsonObject returnedCamera =
        sell(consultant, "{\"productId\":%d,\"quantity\":1}".formatted(camera));
    returnLine(manager, returnedCamera, camera, 1);
    Api.Reply returned =
        seller.post(
            sale,
            afterSale(returnedCamera.getJsonNumber("id").longValue()),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(returned.status()).as(returned.toString()).isEqualTo(422);
    assertThat(returned.json().getString("code")).isEqualTo("sales.packMainReturned");
    long buyer = customer(consultant);
    Api.Reply toBuyer =
        consultant.post(
            "orders",
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1}],"payment":"CARD"}"""
                .formatted(buyer, camera),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(toBuyer.status()).as(toBuyer.toString()).isEqualTo(201);
    Api.Reply otherCustomer =
        seller.post(
            sale,
            "{\"customerId\":%d,\"payment\":\"CASH\",\"mainOrderId\":%d}"
                .formatted(customer(consultant), toBuyer.json().getJsonNumber("id").longValue()),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(otherCustomer.status()).as(otherCustomer.toString()).isEqualTo(422);
    assertThat(otherCustomer.json().getString("code")).isEqualTo("sales.packMainOtherCustomer");
    // A sale of ten days ago (head office dates a history import): too old to take a pack now.
    Api.Reply old =
        admin.post(
            "orders",
            """
            {"lines":[{"productId":%d,"quantity":1}],"payment":"CASH","soldAt":"%s","storeId":%d}"""
                .formatted(
                    camera, java.time.Instant.now().minus(java.time.Duration.ofDays(10)), store),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(old.status()).as(old.toString()).isEqualTo(201);
    Api.Reply tooOld =
        seller.post(
            sale,
            afterSale(old.json().getJsonNumber("id").longValue()),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(tooOld.status()).as(tooOld.toString()).isEqualTo(422);
    assertThat(tooOld.json().getString("code")).isEqualTo("sales.packMainTooOld");
    assertThat(stock(seller, lens)).as("nothing sold by the refusals").isEqualTo(5);
    JsonObject storeBefore = storeRow(manager, store);

    // Sold from the camera's receipt: an order of its own naming the camera's sale, whose attach
    // figures now count the pack's two accessories (margins 25 and 55).
    Api.Reply pack =
        seller.post(sale, afterSale(cameraOrder), "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(pack.status()).as(pack.toString()).isEqualTo(201);
    assertThat(pack.json().getJsonNumber("mainOrderId").longValue()).isEqualTo(cameraOrder);
    JsonObject row = row(manager, sellerId);
    assertThat(row.getJsonNumber("mainSales").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("attachedSales").longValue()).isEqualTo(1);
    assertThat(Api.decimal(row, "attachRate")).isEqualByComparingTo("100.0");
    assertThat(row.getJsonNumber("accessoryUnits").longValue()).isEqualTo(2);
    assertThat(Api.decimal(row, "accessoryMargin")).isEqualByComparingTo("80.00");
    assertThat(Api.decimal(row, "margin")).isEqualByComparingTo("1080.00");
    assertThat(row.getJsonNumber("soloSales").longValue()).as("not a sale of its own").isZero();
    JsonObject storeAfter = storeRow(manager, store);
    assertThat(storeAfter.getJsonNumber("mainSales").longValue())
        .isEqualTo(storeBefore.getJsonNumber("mainSales").longValue());
    assertThat(storeAfter.getJsonNumber("attachedSales").longValue())
        .isEqualTo(storeBefore.getJsonNumber("attachedSales").longValue() + 1);

    // The pack comes back, one component at a time: attached while the cloth is kept.
    returnLine(manager, pack.json(), lens, 1);
    row = row(manager, sellerId);
    assertThat(row.getJsonNumber("attachedSales").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("accessoryUnits").longValue()).isEqualTo(1);
    returnLine(manager, pack.json(), cloth, 1);
    row = row(manager, sellerId);
    assertThat(row.getJsonNumber("mainSales").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("attachedSales").longValue()).isZero();
    assertThat(row.getJsonNumber("accessoryUnits").longValue()).isZero();
    assertThat(row.getJsonNumber("soloSales").longValue()).isZero();
    assertThat(storeRow(manager, store).getJsonNumber("attachedSales").longValue())
        .isEqualTo(storeBefore.getJsonNumber("attachedSales").longValue());
  }

  private record Seller(long id, Api api) {}

  /** A consultant of the store made for one test, so that its figures are its own. */
  private Seller newSeller(Api admin, long store, String prefix, String fullName) {
    String username = prefix + Long.toString(System.nanoTime(), 36);
    Api.Reply made =
        admin.post(
            "users",
            """
            {"username":"%s","password":"long-enough-1","fullName":"%s","role":"CONSULTANT","storeId":%d,"language":"en"}"""
                .formatted(username, fullName, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return new Seller(made.json().getJsonNumber("id").longValue(), as(username, "long-enough-1"));
  }

  private static long customer(Api consultant) {
    Api.Reply created =
        consultant.post(
            "customers",
            """
            {"name":"礼包顾客","phone":"139%08d","type":"PERSON","source":"WALK_IN","region":"CITY","city":"Shanghai","purpose":"camera","outcome":"bought"}"""
                .formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static String afterSale(long mainOrderId) {
    return "{\"quantity\":1,\"payment\":\"CASH\",\"mainOrderId\":%d}".formatted(mainOrderId);
  }

  private static JsonObject storeRow(Api manager, long store) {
    Api.Reply report = manager.get("bundles/attach-kpis");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    return report.json().getJsonArray("stores").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("key").equals(String.valueOf(store)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no store row " + store + ": " + report));
  }

  /** The product the advice names under this code for a basket of these products. */
  private static long suggested(Api consultant, String code, long... basket) {
    Api.Reply advice =
        consultant.post(
            "checkout/advice",
            "{\"lines\":[%s]}"
                .formatted(
                    java.util.Arrays.stream(basket)
                        .mapToObj(p -> "{\"productId\":%d,\"quantity\":1}".formatted(p))
                        .collect(Collectors.joining(","))));
    assertThat(advice.status()).as(advice.toString()).isEqualTo(200);
    return advice.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no suggestion " + code + ": " + advice))
        .getJsonNumber("productId")
        .longValue();
  }

  private static JsonObject sell(Api seller, String lines) {
    Api.Reply sold =
        seller.post(
            "orders",
            "{\"lines\":[" + lines + "],\"payment\":\"CARD\"}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    return sold.json();
  }

  private static void returnLine(Api manager, JsonObject order, long product, int quantity) {
    long lineId =
        order.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getJsonNumber("productId").longValue() == product)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Api.Reply returned =
        manager.post(
            "orders/" + order.getJsonNumber("id") + "/returns",
            "{\"lines\":[{\"lineId\":%d,\"quantity\":%d}]}".formatted(lineId, quantity),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
  }

  private static JsonObject row(Api manager, long sellerId) {
    Api.Reply report = manager.get("bundles/attach-kpis");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    return report.json().getJsonArray("consultants").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("key").equals(String.valueOf(sellerId)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + sellerId + ": " + report));
  }

  private static String outcome(List<JsonObject> checklist, String code) {
    return checklist.stream()
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no answer for " + code + " in " + checklist))
        .getString("outcome");
  }

  private static int stock(Api api, long product) {
    return api.get("products/" + product).json().getInt("onHand");
  }

  private static long entry(Api manager, String family, long... products) {
    Api.Reply created =
        manager.post(
            "bundles/checklists",
            """
            {"category":"CAMERA","family":"%s","familyZh":"%s（中文）","talkingPoint":"Say why","productIds":[%s]}"""
                .formatted(
                    family,
                    family,
                    java.util.Arrays.stream(products)
                        .mapToObj(Long::toString)
                        .collect(Collectors.joining(","))));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static long product(Api manager, String category, String price, String cost, int stock) {
    String sku =
        "ARQ-"
            + Long.toString(System.nanoTime(), 36).toUpperCase()
            + ThreadLocalRandom.current().nextInt(100, 999);
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Arq %s","nameZh":"测试%s","brand":"Test","category":"%s","price":%s,"cost":%s,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku, category, category, category, price, cost));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    if (stock > 0) {
      assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":" + stock + "}").status())
          .isEqualTo(200);
    }
    return id;
  }
}
