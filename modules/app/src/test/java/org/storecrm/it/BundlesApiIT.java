package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Attach checklists, the checkout advice they give, and the attach KPIs, over the REST API. */
@SystemTest
class BundlesApiIT {
  private final URI base;
  private final Api consultant;
  private final Api manager;
  private final Api plazaManager;
  private final Api admin;

  BundlesApiIT(URI base) {
    this.base = base;
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void managersMaintainChecklistsEveryoneReadsThemConsultantsCannotChangeThem() {
    long card = product("ACCESSORY", "99.00", "50.00", 3);
    long reader = product("ACCESSORY", "69.00", "30.00", 3);
    long camcorder = product("CAMCORDER", "3999.00", "3200.00", 2);

    Api.Reply created = manager.post("bundles/checklists", entry("CAMCORDER", "Memory card", card));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(created.header("Location")).endsWith("/api/v1/bundles/checklists/" + id);
    try {
      assertThat(consultant.get("bundles/checklists?category=CAMCORDER").structure().toString())
          .contains("\"id\":" + id);
      JsonObject read = consultant.get("bundles/checklists/" + id).json();
      assertThat(read.getString("family")).isEqualTo("Memory card");

      assertThat(consultant.post("bundles/checklists", entry("CAMCORDER", "Nope", card)).status())
          .isEqualTo(403);
      assertThat(
              consultant.put("bundles/checklists/" + id, update("Nope", 0, card, reader)).status())
          .isEqualTo(403);
      assertThat(consultant.delete("bundles/checklists/" + id).status()).isEqualTo(403);

      Api.Reply notAccessory =
          manager.post("bundles/checklists", entry("CAMCORDER", "A second camcorder", camcorder));
      assertThat(notAccessory.status()).isEqualTo(422);
      assertThat(manager.post("bundles/checklists", entry("ACCESSORY", "x", card)).status())
          .isEqualTo(422);
      Api.Reply invalid = manager.post("bundles/checklists", "{\"category\":\"CAMCORDER\"}");
      assertThat(invalid.status()).isEqualTo(400);
      assertThat(PlatformApiIT.fields(invalid)).contains("family", "talkingPoint", "productIds");

      long version = read.getJsonNumber("version").longValue();
      Api.Reply changed =
          manager.put("bundles/checklists/" + id, update("Card or reader", version, card, reader));
      assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
      assertThat(changed.json().getJsonArray("productIds")).hasSize(2);
      assertThat(
              manager
                  .put("bundles/checklists/" + id, update("Stale", version, card, reader))
                  .status())
          .as("a stale version")
          .isEqualTo(409);
    } finally {
      assertThat(manager.delete("bundles/checklists/" + id).status()).isIn(200, 204);
    }
    assertThat(consultant.get("bundles/checklists/" + id).status()).isEqualTo(404);
  }

  @Test
  void adviceForACameraIsRankedInStockFirstByMarginAndLeavesOutWhatTheCustomerJustBought()
      throws Exception {
    long camera = product("CAMERA", "5999.00", "5000.00", 5);
    long owned = product("ACCESSORY", "150.00", "50.00", 5); // margin 100, bought 2 months ago
    long outOfStock = product("ACCESSORY", "400.00", "100.00", 0); // margin 300, none in stock
    long best = product("ACCESSORY", "300.00", "100.00", 5); // margin 200
    long justBought = product("ACCESSORY", "350.00", "100.00", 5); // margin 250, bought last week
    long familyCheap = product("ACCESSORY", "100.00", "50.00", 3); // margin 50, in stock
    long familyDear = product("ACCESSORY", "180.00", "100.00", 0); // margin 80, none in stock
    List<Long> entries = new ArrayList<>();
    try {
      entries.add(entryId(entry("CAMERA", "IT owned", owned)));
      entries.add(entryId(entry("CAMERA", "IT out of stock", outOfStock)));
      entries.add(entryId(entry("CAMERA", "IT best", best)));
      entries.add(entryId(entry("CAMERA", "IT just bought", justBought)));
      entries.add(entryId(entry("CAMERA", "IT family", familyDear, familyCheap)));

      long customer = customer();
      sell(customer, owned, Instant.now().minus(60, ChronoUnit.DAYS));
      sell(customer, justBought, Instant.now().minus(7, ChronoUnit.DAYS));

      String basket =
          "{\"customerId\":%d,\"lines\":[{\"productId\":%d,\"quantity\":1}]}"
              .formatted(customer, camera);
      Api.Reply advice = consultant.post("checkout/advice", basket);
      assertThat(advice.status()).as(advice.toString()).isEqualTo(200);
      List<JsonObject> mine = ours(advice, entries);
      assertThat(mine)
          .extracting(s -> s.getJsonNumber("productId").longValue())
          .as("in stock first, not owned before owned, by margin; the one bought last week is out")
          .containsExactly(best, familyCheap, owned, outOfStock);
      assertThat(mine).allSatisfy(s -> assertThat(s.getString("kind")).isEqualTo("ACCESSORY"));
      assertThat(mine)
          .allSatisfy(
              s -> assertThat(s.getJsonNumber("forProductId").longValue()).isEqualTo(camera));

      // A technician at the counter is not prompted for what the customer bought last week either.
      Api.Reply techAdvice = Api.as(base, "tech", "demo").post("checkout/advice", basket);
      assertThat(techAdvice.status()).as(techAdvice.toString()).isEqualTo(200);
      assertThat(ours(techAdvice, entries))
          .extracting(s -> s.getJsonNumber("productId").longValue())
          .containsExactly(best, familyCheap, owned, outOfStock);

      // A walk-in is offered everything, the one bought last week among them.
      Api.Reply walkIn =
          consultant.post(
              "checkout/advice",
              "{\"lines\":[{\"productId\":%d,\"quantity\":1}]}".formatted(camera));
      assertThat(ours(walkIn, entries))
          .extracting(s -> s.getJsonNumber("productId").longValue())
          .containsExactly(justBought, best, owned, familyCheap, outOfStock);

      // The consultant answers: the best one accepted (and sold), the owned one declined.
      String accepted = mine.get(0).getString("code");
      String declined = mine.get(2).getString("code");
      Api.Reply order =
          consultant.post(
              "orders",
              """
              {"customerId":%d,"lines":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}],
               "checklist":[{"code":"%s","outcome":"ACCEPTED"},{"code":"%s","outcome":"DECLINED"}],
               "payment":"CASH"}"""
                  .formatted(customer, camera, best, accepted, declined),
              "Idempotency-Key",
              java.util.UUID.randomUUID().toString());
      assertThat(order.status()).as(order.toString()).isEqualTo(201);
      List<JsonObject> checklist =
          order.json().getJsonArray("checklist").getValuesAs(JsonObject.class);
      assertThat(outcome(checklist, accepted)).isEqualTo("ACCEPTED");
      assertThat(outcome(checklist, declined)).isEqualTo("DECLINED");
      assertThat(outcome(checklist, mine.get(1).getString("code"))).isEqualTo("NOT_OFFERED");
    } finally {
      entries.forEach(id -> manager.delete("bundles/checklists/" + id));
    }
  }

  @Test
  void attachKpisCountAttachedDeclinedForgottenAndReturnedSalesPerConsultantAndTechnician() {
    long store = manager.get("me").json().getJsonNumber("storeId").longValue();
    String seller = "it.seller." + PlatformApiIT.suffix();
    String technician = "it.tech." + PlatformApiIT.suffix();
    long sellerId = user(seller, "CONSULTANT", store);
    long techId = user(technician, "SERVICE", store);
    Api sellerApi = Api.as(base, seller, "long-enough-1");
    Api techApi = Api.as(base, technician, "long-enough-1");

    long camera = product("CAMERA", "5000.00", "4000.00", 10);
    long bag = product("ACCESSORY", "100.00", "60.00", 10); // margin 40
    long film = product("ACCESSORY", "50.00", "60.00", 10); // sold at a loss of 10
    long filter = product("ACCESSORY", "200.00", "100.00", 10); // will be returned
    String single = "{\"lines\":[{\"productId\":%d,\"quantity\":1}]}".formatted(camera);
    List<String> codes =
        sellerApi
            .post("checkout/advice", single)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(s -> "ACCESSORY".equals(s.getString("kind")))
            .map(s -> s.getString("code"))
            .toList();
    assertThat(codes).as("the demo camera checklist").hasSizeGreaterThanOrEqualTo(3);
    int perSale = codes.size();

    // 1: camera, bag and film; two answers ACCEPTED.
    assertThat(
            sellerApi
                .post(
                    "orders",
                    orderOf(
                        List.of(camera, bag, film),
                        "{\"code\":\"%s\",\"outcome\":\"ACCEPTED\"},{\"code\":\"%s\",\"outcome\":\"ACCEPTED\"}"
                            .formatted(codes.get(0), codes.get(1))),
                    "Idempotency-Key",
                    java.util.UUID.randomUUID().toString())
                .status())
        .isEqualTo(201);
    // 2: the camera alone; one accessory declined.
    assertThat(
            sellerApi
                .post(
                    "orders",
                    orderOf(
                        List.of(camera),
                        "{\"code\":\"%s\",\"outcome\":\"DECLINED\"}".formatted(codes.get(0))),
                    "Idempotency-Key",
                    java.util.UUID.randomUUID().toString())
                .status())
        .isEqualTo(201);
    // 3: camera and filter, and the filter comes back: no longer an attached sale.
    Api.Reply third =
        sellerApi.post(
            "orders",
            orderOf(List.of(camera, filter), ""),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(third.status()).isEqualTo(201);
    Api.Reply returned = SalesApiIT.returnOne(manager, third.json(), filter);
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    // The technician sells a camera with a bag.
    assertThat(
            techApi
                .post(
                    "orders",
                    orderOf(List.of(camera, bag), ""),
                    "Idempotency-Key",
                    java.util.UUID.randomUUID().toString())
                .status())
        .isEqualTo(201);
    // ... and, during an installation, two bags and a film without a main product: credited to the
    // technician apart from the attach rate (the film at a loss).
    Api.Reply installation =
        techApi.post(
            "orders",
            """
            {"lines":[{"productId":%d,"quantity":2},{"productId":%d,"quantity":1}],"payment":"CARD"}"""
                .formatted(bag, film),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(installation.status()).as(installation.toString()).isEqualTo(201);
    // The consultant's accessory-only sale, fully returned: it no longer counts.
    Api.Reply lone =
        sellerApi.post(
            "orders",
            orderOf(List.of(filter), ""),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(lone.status()).isEqualTo(201);
    assertThat(SalesApiIT.returnOne(manager, lone.json(), filter).status()).isEqualTo(200);

    Api.Reply report = manager.get("bundles/attach-kpis");
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    JsonObject row = row(report.json(), "consultants", sellerId);
    assertThat(row.getJsonNumber("mainSales").longValue()).isEqualTo(3);
    assertThat(row.getJsonNumber("attachedSales").longValue()).isEqualTo(1);
    assertThat(Api.decimal(row, "attachRate")).isEqualByComparingTo("33.3");
    assertThat(row.getJsonNumber("accessoryUnits").longValue()).isEqualTo(2);
    assertThat(Api.decimal(row, "accessoriesPerSale")).isEqualByComparingTo("0.67");
    // Margins kept: 1000 + 40 - 10 | 1000 | 1000 (+ 0 for the returned filter) = 3030; accessories
    // 30.
    assertThat(Api.decimal(row, "accessoryMargin")).isEqualByComparingTo("30.00");
    assertThat(Api.decimal(row, "margin")).isEqualByComparingTo("3030.00");
    assertThat(Api.decimal(row, "profitShare")).isEqualByComparingTo("1.0");
    assertThat(row.getJsonNumber("withoutProfit").longValue()).isEqualTo(1);
    // Sale 1 "accepted" two suggestions whose products it does not contain: recorded as offered.
    assertThat(row.getJsonNumber("accepted").longValue()).isZero();
    assertThat(row.getJsonNumber("offered").longValue()).isEqualTo(2);
    assertThat(row.getJsonNumber("declined").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("notOffered").longValue()).isEqualTo(3L * perSale - 3);
    assertThat(ids(report.json(), "technicians")).contains(techId).doesNotContain(sellerId);
    assertThat(ids(report.json(), "consultants")).doesNotContain(techId);
    JsonObject tech = row(report.json(), "technicians", techId);
    assertThat(Api.decimal(tech, "attachRate")).isEqualByComparingTo("100.0");
    assertThat(tech.getJsonNumber("mainSales").longValue()).isEqualTo(1);
    assertThat(tech.getJsonNumber("accessoryUnits").longValue()).isEqualTo(1);
    assertThat(tech.getJsonNumber("soloSales").longValue()).isEqualTo(1);
    assertThat(tech.getJsonNumber("soloUnits").longValue()).isEqualTo(3);
    assertThat(Api.decimal(tech, "soloMargin")).isEqualByComparingTo("70.00");
    assertThat(tech.getJsonNumber("withoutProfit").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("soloSales").longValue()).isZero();

    // Only managers and head office read the KPIs, each manager for their own store.
    assertThat(consultant.get("bundles/attach-kpis").status()).isEqualTo(403);
    assertThat(sellerApi.get("bundles/attach-kpis").status()).isEqualTo(403);
    assertThat(plazaManager.get("bundles/attach-kpis?storeId=" + store).status()).isEqualTo(404);
    assertThat(ids(plazaManager.get("bundles/attach-kpis").json(), "consultants"))
        .doesNotContain(sellerId);
    Api.Reply all = admin.get("bundles/attach-kpis?storeId=" + store);
    assertThat(row(all.json(), "consultants", sellerId).getJsonNumber("mainSales").longValue())
        .isEqualTo(3);
    assertThat(manager.get("bundles/attach-kpis?from=2026-01&to=2023-01").status()).isEqualTo(422);

    // Several months are one query grouped by month: the sales land in the current month's row.
    String thisMonth = report.json().getString("to");
    String earlier = java.time.YearMonth.parse(thisMonth).minusMonths(2).toString();
    Api.Reply months = manager.get("bundles/attach-kpis?from=" + earlier + "&to=" + thisMonth);
    assertThat(months.status()).as(months.toString()).isEqualTo(200);
    List<JsonObject> monthRows = months.json().getJsonArray("months").getValuesAs(JsonObject.class);
    assertThat(monthRows)
        .extracting(m -> m.getString("key"))
        .containsExactly(
            earlier, java.time.YearMonth.parse(earlier).plusMonths(1).toString(), thisMonth);
    assertThat(monthRows.get(2).getJsonNumber("mainSales").longValue())
        .isEqualTo(report.json().getJsonObject("total").getJsonNumber("mainSales").longValue());
    assertThat(row(months.json(), "consultants", sellerId).getJsonNumber("mainSales").longValue())
        .isEqualTo(3);
    assertThat(row(months.json(), "technicians", techId).getJsonNumber("soloUnits").longValue())
        .isEqualTo(3);
  }

  @Test
  void aGiftPackSellsAtItsPriceSplitAcrossItsComponentsAndNotWhenOneIsOutOfStock() {
    long lens = product("ACCESSORY", "300.00", "200.00", 3);
    long cloth = product("ACCESSORY", "100.00", "20.00", 1);
    long camera = product("CAMERA", "3999.00", "3300.00", 3);
    String pack =
        """
        {"name":"IT pack","nameZh":"测试礼包","price":%s,"forCategory":"CAMERA",
         "components":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}]}""";
    assertThat(consultant.post("bundles/packs", pack.formatted("300.00", lens, cloth)).status())
        .isEqualTo(403);
    Api.Reply tooDear = manager.post("bundles/packs", pack.formatted("400.01", lens, cloth));
    assertThat(tooDear.status()).as(tooDear.toString()).isEqualTo(422);
    Api.Reply created = manager.post("bundles/packs", pack.formatted("300.00", lens, cloth));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long packId = created.json().getJsonNumber("id").longValue();
    assertThat(Api.decimal(created.json(), "listTotal")).isEqualByComparingTo("400.00");

    // Offered after a camera sale, not after a sale without a camera.
    long cameraOrder =
        consultant
            .post(
                "orders",
                orderOf(List.of(camera), ""),
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString())
            .json()
            .getJsonNumber("id")
            .longValue();
    long other =
        consultant
            .post(
                "orders",
                orderOf(List.of(lens), ""),
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString())
            .json()
            .getJsonNumber("id")
            .longValue();
    assertThat(packIds(consultant.get("bundles/packs?afterOrder=" + cameraOrder))).contains(packId);
    assertThat(packIds(consultant.get("bundles/packs?afterOrder=" + other))).doesNotContain(packId);
    Api plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    assertThat(plazaConsultant.get("bundles/packs?afterOrder=" + cameraOrder).status())
        .isEqualTo(404);

    // Without a key a retry could sell twice: refused, naming the header.
    String packSale = "{\"quantity\":1,\"payment\":\"CASH\"}";
    Api.Reply keyless = consultant.post("bundles/packs/" + packId + "/sales", packSale);
    assertThat(keyless.status()).as(keyless.toString()).isEqualTo(400);
    assertThat(PlatformApiIT.fields(keyless)).containsExactly("Idempotency-Key");

    // Sold: one line per component, 300 split 3 : 1 by list price, each taking its stock.
    String key = UUID.randomUUID().toString();
    Api.Reply sold =
        consultant.post("bundles/packs/" + packId + "/sales", packSale, "Idempotency-Key", key);
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    Api.Reply retried =
        consultant.post("bundles/packs/" + packId + "/sales", packSale, "Idempotency-Key", key);
    assertThat(retried.status()).as("the retry answers the same order").isEqualTo(200);
    assertThat(retried.json().getJsonNumber("id")).isEqualTo(sold.json().getJsonNumber("id"));
    assertThat(Api.decimal(sold.json(), "total")).isEqualByComparingTo("300.00");
    List<JsonObject> lines = sold.json().getJsonArray("lines").getValuesAs(JsonObject.class);
    assertThat(lines)
        .extracting(
            l ->
                l.getJsonNumber("productId").longValue()
                    + "="
                    + Api.decimal(l, "netAmount").toPlainString()
                    + "/"
                    + Api.decimal(l, "margin").toPlainString()
                    + "/"
                    + l.getString("packName"))
        .containsExactly(lens + "=225.00/25.00/IT pack", cloth + "=75.00/55.00/IT pack");
    assertThat(stock(lens)).isEqualTo(1);
    assertThat(stock(cloth)).isZero();

    // The cloth is gone: the pack cannot be sold, and nothing is taken from the lens.
    Api.Reply refused =
        consultant.post(
            "bundles/packs/" + packId + "/sales",
            "{\"quantity\":1,\"payment\":\"CASH\"}",
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
    assertThat(refused.json().getString("code")).isEqualTo("sales.outOfStock");
    assertThat(stock(lens)).isEqualTo(1);
    assertThat(
            packIds(consultant.get("bundles/packs")).contains(packId)
                && !consultant.get("bundles/packs/" + packId).json().getBoolean("available"))
        .isTrue();
  }

  @Test
  void theDemoChecklistsCoverTheDomainExamplesAndACaseFitsItsDevice() {
    assertThat(adviceSkus(demo("TB-APL-IPAD10")))
        .as("an iPad gets the iPad case, never the iPhone's")
        .contains("AC-CASE-IPAD10", "AC-FILM-PH", "AC-PWR-20K")
        .doesNotContain("AC-CASE-IP16");
    assertThat(adviceSkus(demo("PH-APL-IP16")))
        .contains("AC-CASE-IP16", "AC-FILM-PH")
        .doesNotContain("AC-CASE-IPAD10", "AC-CASE-HWP70");
    // The checklists' service plans come from the services module's plan advice.
    assertThat(adviceSkus(demo("PH-APL-IP16"), "svc:")).contains("SV-PH-SCREEN", "SV-PH-EXT");
    assertThat(adviceSkus(demo("TB-APL-IPAD10"), "svc:")).contains("SV-DIG-1Y");
    assertThat(adviceSkus(demo("PH-HW-P70")))
        .contains("AC-CASE-HWP70")
        .doesNotContain("AC-CASE-IP16");
    assertThat(adviceSkus(demo("PH-RM-NOTE13")))
        .as("no case of another phone")
        .doesNotContain("AC-CASE-IP16", "AC-CASE-HWP70", "AC-CASE-IPAD10");
    assertThat(adviceSkus(demo("DT-LEN-M70")))
        .contains("AC-WEBCAM-C920", "AC-UPS-650", "AC-ROUTER-AX3")
        .containsAnyOf("AC-DESK-120", "AC-CHAIR-ERGO");
    assertThat(adviceSkus(demo("NB-LEN-XIAOXIN14"))).contains("AC-RAM-16G", "AC-BAG-NB15");
    assertThat(adviceSkus(demo("CM-CANON-R50"), "svc:")).contains("SV-EXT-2Y", "SV-DIG-1Y");
    List<String> packs =
        manager
            .get("bundles/packs?all=true")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(p -> p.getString("name"))
            .toList();
    assertThat(packs)
        .anyMatch(n -> n.startsWith("Security pack"))
        .anyMatch(n -> n.startsWith("Entertainment pack"))
        .anyMatch(n -> n.startsWith("Desk and chair pack"));
  }

  private long demo(String sku) {
    Api.Reply found = consultant.get("products?q=" + sku);
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    return found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("sku").equals(sku))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no demo product " + sku))
        .getJsonNumber("id")
        .longValue();
  }

  /** The SKUs the checklist suggests for one main product alone. */
  private List<String> adviceSkus(long main) {
    return adviceSkus(main, "bun:");
  }

  private List<String> adviceSkus(long main, String codePrefix) {
    Api.Reply advice =
        consultant.post(
            "checkout/advice", "{\"lines\":[{\"productId\":%d,\"quantity\":1}]}".formatted(main));
    assertThat(advice.status()).as(advice.toString()).isEqualTo(200);
    return advice.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(s -> s.getString("code").startsWith(codePrefix))
        .map(
            s -> consultant.get("products/" + s.getJsonNumber("productId")).json().getString("sku"))
        .toList();
  }

  private int stock(long product) {
    return consultant.get("products/" + product).json().getInt("onHand");
  }

  private static List<Long> packIds(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(p -> p.getJsonNumber("id").longValue())
        .toList();
  }

  private static JsonObject row(JsonObject report, String group, long id) {
    return report.getJsonArray(group).getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("key").equals(String.valueOf(id)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + id + " in " + group + ": " + report));
  }

  private static List<Long> ids(JsonObject report, String group) {
    return report.getJsonArray(group).getValuesAs(JsonObject.class).stream()
        .map(r -> Long.parseLong(r.getString("key")))
        .toList();
  }

  private static String orderOf(List<Long> products, String answers) {
    return """
        {"lines":[%s],"checklist":[%s],"payment":"CARD"}"""
        .formatted(
            products.stream()
                .map(p -> "{\"productId\":%d,\"quantity\":1}".formatted(p))
                .collect(Collectors.joining(",")),
            answers);
  }

  private static List<JsonObject> ours(Api.Reply advice, List<Long> entries) {
    return advice.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(
            s -> entries.stream().anyMatch(e -> s.getString("code").startsWith("bun:" + e + ":")))
        .toList();
  }

  private static String outcome(List<JsonObject> checklist, String code) {
    return checklist.stream()
        .filter(c -> c.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("outcome");
  }

  private long user(String username, String role, long store) {
    Api.Reply made =
        admin.post("users", PlatformApiIT.newUser(username, "long-enough-1", role, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return made.json().getJsonNumber("id").longValue();
  }

  private long customer() {
    Api.Reply created =
        consultant.post("customers", CustomersApiIT.walkIn("配件顾客", CustomersApiIT.mobile()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** A sale in the past: only head office may date one (a history import), in the flagship. */
  private void sell(long customer, long product, Instant soldAt) {
    long store = consultant.get("me").json().getJsonNumber("storeId").longValue();
    Api.Reply sold =
        admin.post(
            "orders",
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1}],"payment":"CASH","soldAt":"%s","storeId":%d}"""
                .formatted(customer, product, soldAt, store),
            "Idempotency-Key",
            java.util.UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
  }

  private long entryId(String body) {
    Api.Reply created = manager.post("bundles/checklists", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private long product(String category, String price, String cost, int stock) {
    return SalesFixture.stockedIfAny(
        manager,
        SalesApiIT.product(
            SalesApiIT.sku("BN"), "Bundles " + category, category, price, cost, "MAINSTREAM"),
        stock);
  }

  private static String entry(String category, String family, long... products) {
    return """
        {"category":"%s","family":"%s","familyZh":"%s（中文）","talkingPoint":"Say why","productIds":[%s]}"""
        .formatted(category, family, family, ids(products));
  }

  private static String update(String family, long version, long... products) {
    return """
        {"category":"CAMCORDER","family":"%s","talkingPoint":"Say why","productIds":[%s],"version":%d}"""
        .formatted(family, ids(products), version);
  }

  private static String ids(long... ids) {
    return java.util.Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(","));
  }
}
