package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.storecrm.it.PlatformFixture.Seller;

/**
 * Targets, target vs actual, the daily activity report, commission and the funnel over the REST
 * API. Each scenario sells through a consultant created for it, so its figures are its own.
 */
@SystemTest
class SalesReportsApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final URI base;
  private final Api consultant;
  private final Api manager;
  private final Api plazaManager;
  private final Api plazaConsultant;
  private final Api admin;
  private final long storeId;

  SalesReportsApiIT(URI base) {
    this.base = base;
    consultant = Api.as(base, "consultant", "demo");
    manager = Api.as(base, "manager", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
    admin = Api.as(base, "admin", "demo");
    storeId = manager.get("me").json().getJsonNumber("storeId").longValue();
  }

  @Test
  void theDemoStoresOpenWithLastMonthsSalesAgainstTheirTargets() {
    String lastMonth = YearMonth.now(ZONE).minusMonths(1).toString();
    for (Api storeManager : List.of(manager, plazaManager)) {
      Api.Reply report = storeManager.get("sales-reports/target-vs-actual?month=" + lastMonth);
      assertThat(report.status()).as(report.toString()).isEqualTo(200);
      JsonObject store =
          report.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
              .filter(row -> !row.containsKey("consultantId"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no store row: " + report));
      assertThat(Api.decimal(store, "revenueTarget")).isPositive();
      assertThat(Api.decimal(store, "revenue")).as("last month's imported history").isPositive();
      assertThat(Api.decimal(store, "attachRate")).isPositive();
    }
    JsonObject commission = consultant.get("commission/me?month=" + lastMonth).json();
    assertThat(commission.getString("sellerName")).isEqualTo("consultant");
    assertThat(Api.decimal(commission, "sold")).isPositive();
    assertThat(Api.decimal(commission, "commission")).isPositive();
  }

  @Test
  void managersSetAndRemoveTargetsConsultantsOnlyReadThem() {
    Seller seller = newSeller();
    String month = YearMonth.now(ZONE).toString();
    String sheet =
        """
        {"targets":[{"consultantId":%d,"revenue":10000,"units":3,"newLeads":2,"attachRate":50,"serviceCards":1},
        {"revenue":500000,"units":90,"newLeads":60,"attachRate":40,"serviceCards":20}]}"""
            .formatted(seller.id());
    Api.Reply set = manager.put("targets/" + month, sheet);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    JsonObject row =
        targetOf(set.structure().asJsonArray().getValuesAs(JsonObject.class), seller.id());
    assertThat(Api.decimal(row, "revenue")).isEqualByComparingTo("10000.00");
    assertThat(row.getInt("units")).isEqualTo(3);

    Api.Reply changed =
        manager.put(
            "targets/" + month,
            """
            {"targets":[{"consultantId":%d,"revenue":12000,"units":4,"newLeads":2,"attachRate":50,"serviceCards":1}]}"""
                .formatted(seller.id()));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(
            targetOf(
                    seller
                        .api()
                        .get("targets/" + month)
                        .structure()
                        .asJsonArray()
                        .getValuesAs(JsonObject.class),
                    seller.id())
                .getString("revenue"))
        .as("a consultant reads the store's targets, amounts as decimal strings")
        .isEqualTo("12000.00");

    assertThat(seller.api().put("targets/" + month, sheet).status())
        .as("consultants do not set targets")
        .isEqualTo(403);
    assertThat(seller.api().delete("targets/" + month + "/" + seller.id()).status()).isEqualTo(403);
    assertThat(plazaManager.get("targets/" + month).structure().toString())
        .doesNotContain("\"consultantId\":" + seller.id() + ",");
    Api.Reply foreign =
        plazaManager.put(
            "targets/" + month,
            """
            {"targets":[{"consultantId":%d,"revenue":1,"units":1,"newLeads":1,"attachRate":1,"serviceCards":1}]}"""
                .formatted(seller.id()));
    assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
    assertThat(foreign.json().getString("code")).isEqualTo("sales.targetNotSeller");
    Api.Reply invalid =
        manager.put(
            "targets/" + month,
            "{\"targets\":[{\"revenue\":-1,\"units\":1,\"newLeads\":1,\"attachRate\":101,\"serviceCards\":1}]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(manager.put("targets/2026-13", sheet).status()).isEqualTo(400);

    assertThat(manager.delete("targets/" + month + "/" + seller.id()).status()).isEqualTo(204);
    assertThat(manager.get("targets/" + month).structure().toString())
        .doesNotContain("\"consultantId\":" + seller.id() + ",");
    assertThat(manager.delete("targets/" + month + "/" + seller.id()).status()).isEqualTo(404);
  }

  @Test
  void commissionAndTargetVsActualMoveWithSalesAndBackWithAReturn() {
    Seller seller = newSeller();
    String month = YearMonth.now(ZONE).toString();
    assertThat(
            manager
                .put(
                    "targets/" + month,
                    """
                    {"targets":[{"consultantId":%d,"revenue":10000,"units":3,"newLeads":1,"attachRate":0,"serviceCards":0}]}"""
                        .formatted(seller.id()))
                .status())
        .isEqualTo(200);
    long product = newProduct("2999.00", 10);

    JsonObject none = seller.api().get("commission/me?month=" + month).json();
    assertThat(Api.decimal(none, "commission")).isEqualByComparingTo("0");

    sell(seller, product, 2);
    JsonObject first = seller.api().get("commission/me?month=" + month).json();
    assertThat(Api.decimal(first, "netRevenue")).isEqualByComparingTo("5998");
    assertThat(Api.decimal(first, "attainment")).isEqualByComparingTo("59.9");
    assertThat(Api.decimal(first, "rate")).isEqualByComparingTo("5");
    assertThat(Api.decimal(first, "commission")).isEqualByComparingTo("299.90");

    JsonObject second = sell(seller, product, 2);
    JsonObject above = seller.api().get("commission/me").json();
    assertThat(Api.decimal(above, "netRevenue")).isEqualByComparingTo("11996");
    assertThat(Api.decimal(above, "rate"))
        .as("119.9 %% of the target: the second tier")
        .isEqualByComparingTo("10");
    assertThat(Api.decimal(above, "commission")).isEqualByComparingTo("1199.60");

    long lineId = second.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
    Api.Reply returned =
        seller
            .api()
            .post(
                "orders/" + second.getJsonNumber("id").longValue() + "/returns",
                "{\"lines\":[{\"lineId\":%d,\"quantity\":1}]}".formatted(lineId),
                "Idempotency-Key",
                java.util.UUID.randomUUID().toString());
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    JsonObject afterReturn = seller.api().get("commission/me?month=" + month).json();
    assertThat(Api.decimal(afterReturn, "refunded")).isEqualByComparingTo("2999");
    assertThat(Api.decimal(afterReturn, "netRevenue")).isEqualByComparingTo("8997");
    assertThat(Api.decimal(afterReturn, "rate"))
        .as("back below the target: the first tier again")
        .isEqualByComparingTo("5");
    assertThat(Api.decimal(afterReturn, "commission")).isEqualByComparingTo("449.85");

    List<JsonObject> statements =
        manager
            .get("commission?month=" + month)
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class);
    assertThat(
            Api.decimal(
                statements.stream()
                    .filter(s -> s.getJsonNumber("sellerId").longValue() == seller.id())
                    .findFirst()
                    .orElseThrow(),
                "commission"))
        .isEqualByComparingTo("449.85");
    assertThat(seller.api().get("commission?month=" + month).status())
        .as("a consultant reads only their own commission")
        .isEqualTo(403);
    assertThat(plazaManager.get("commission?month=" + month).structure().toString())
        .doesNotContain("\"sellerId\":" + seller.id() + ",");

    CustomersApiIT.register(seller.api(), "新线索", CustomersApiIT.mobile());
    Api.Reply report = manager.get("sales-reports/target-vs-actual?month=" + month);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    List<JsonObject> rows = report.structure().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(rows.get(0).containsKey("consultantId"))
        .as("the store's line comes first")
        .isFalse();
    JsonObject line =
        rows.stream().filter(r -> isConsultant(r, seller.id())).findFirst().orElseThrow();
    assertThat(Api.decimal(line, "revenue")).isEqualByComparingTo("8997");
    assertThat(Api.decimal(line, "revenueTarget")).isEqualByComparingTo("10000");
    assertThat(Api.decimal(line, "revenueAttainment")).isEqualByComparingTo("89.9");
    assertThat(line.getJsonNumber("units").longValue()).isEqualTo(3);
    assertThat(line.getJsonNumber("newLeads").longValue()).isEqualTo(1);
    assertThat(Api.decimal(line, "attachRate"))
        .as("no accessory was sold with the notebooks")
        .isEqualByComparingTo("0");
    assertThat(Api.decimal(rows.get(0), "revenue")).isGreaterThanOrEqualTo(new BigDecimal("8997"));
    assertThat(seller.api().get("sales-reports/target-vs-actual?month=" + month).status())
        .isEqualTo(403);
    assertThat(manager.get("sales-reports/target-vs-actual?month=May").status()).isEqualTo(400);
  }

  @Test
  void theDailyReportCountsEachConsultantsOrdersAndContacts() {
    Seller seller = newSeller();
    long product = newProduct("1500.00", 5);
    sell(seller, product, 1);
    sell(seller, product, 2);
    long customer = CustomersApiIT.register(seller.api(), "日报", CustomersApiIT.mobile());
    Api.Reply contact =
        seller
            .api()
            .post(
                "customers/" + customer + "/contacts",
                "{\"kind\":\"CALL\",\"outcome\":\"Invited to the store\"}");
    assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
    // One more visit with a card and one walk-in who left nothing.
    Api.Reply visit =
        seller
            .api()
            .post(
                "customers/" + customer + "/contacts",
                "{\"kind\":\"VISIT\",\"outcome\":\"Looked at notebooks\"}");
    assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
    Api.Reply walkIn =
        seller.api().post("registers", "{\"kind\":\"VISIT\",\"outcome\":\"Just browsing\"}");
    assertThat(walkIn.status()).as(walkIn.toString()).isEqualTo(201);

    String today = LocalDate.now(ZONE).toString();
    Api.Reply report = manager.get("sales-reports/daily-activity?day=" + today);
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    JsonObject row =
        report.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getJsonNumber("consultantId").longValue() == seller.id())
            .findFirst()
            .orElseThrow();
    assertThat(row.getJsonNumber("orders").longValue()).isEqualTo(2);
    assertThat(row.getJsonNumber("units").longValue()).isEqualTo(3);
    assertThat(Api.decimal(row, "revenue")).isEqualByComparingTo("4500");
    assertThat(Api.decimal(row, "margin")).as("3 × (1500 − 1200)").isEqualByComparingTo("900");
    assertThat(row.getJsonNumber("newLeads").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("calls").longValue()).isEqualTo(1);
    assertThat(row.getJsonNumber("contacts").longValue()).isGreaterThanOrEqualTo(1);
    assertThat(row.getString("consultantName")).isEqualTo("Test User");
    assertThat(plazaManager.get("sales-reports/daily-activity?day=" + today).structure().toString())
        .doesNotContain("\"consultantId\":" + seller.id() + ",");
    assertThat(
            manager
                .get(
                    "sales-reports/daily-activity?day=" + today + "&storeId=" + (storeId + 999_999))
                .status())
        .as("another store is not found")
        .isEqualTo(404);

    Api.Reply performance = manager.get("sales-reports/performance?month=" + YearMonth.now(ZONE));
    assertThat(performance.status()).as(performance.toString()).isEqualTo(200);
    JsonObject measures =
        performance.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getJsonNumber("consultantId").longValue() == seller.id())
            .findFirst()
            .orElseThrow();
    assertThat(measures.getJsonNumber("orders").longValue()).isEqualTo(2);
    assertThat(measures.getJsonNumber("newLeads").longValue()).isEqualTo(1);
    assertThat(measures.getJsonNumber("calls").longValue()).isEqualTo(1);
    // The walk-in registration is a visit too: two of the three visits left details.
    assertThat(measures.getJsonNumber("visits").longValue()).isEqualTo(3);
    assertThat(measures.getInt("registrationRate")).isEqualTo(67);
  }

  @Test
  void anOpportunityMovesThroughTheFunnelKeepsTheGradeAndALossMakesTheCustomerLost() {
    Seller seller = newSeller();
    long customer = CustomersApiIT.register(seller.api(), "漏斗", CustomersApiIT.mobile());
    long opportunity = open(seller, customer);
    assertThat(plazaConsultant.get("opportunities/" + opportunity).status()).isEqualTo(404);
    assertThat(
            plazaConsultant
                .post("opportunities/" + opportunity + "/stage", "{\"stage\":\"QUOTED\"}")
                .status())
        .isEqualTo(404);

    JsonObject quoted = move(seller, opportunity, "{\"stage\":\"QUOTED\"}", 200);
    assertThat(quoted.getString("stage")).isEqualTo("QUOTED");
    assertThat(seller.api().get("customers/" + customer).json().getString("grade"))
        .as("quoted: at least A")
        .isEqualTo("A");
    JsonObject backward = move(seller, opportunity, "{\"stage\":\"CONTACTED\"}", 422);
    assertThat(backward.getString("code")).isEqualTo("sales.stageBackward");
    move(seller, opportunity, "{\"stage\":\"ORDERED\"}", 200);
    assertThat(seller.api().get("customers/" + customer).json().getString("grade")).isEqualTo("O");
    move(seller, opportunity, "{\"stage\":\"DELIVERED\"}", 200);
    assertThat(
            move(seller, opportunity, "{\"stage\":\"LOST\",\"lostReasonId\":1}", 422)
                .getString("code"))
        .isEqualTo("sales.opportunityClosed");

    long other = CustomersApiIT.register(seller.api(), "战败", CustomersApiIT.mobile());
    long lostOne = open(seller, other);
    move(seller, lostOne, "{\"stage\":\"VISITED\"}", 200);
    assertThat(move(seller, lostOne, "{\"stage\":\"LOST\"}", 422).getString("code"))
        .isEqualTo("sales.lostReasonRequired");
    long reason = firstLostReason(seller.api());
    JsonObject lost =
        move(
            seller,
            lostOne,
            "{\"stage\":\"LOST\",\"lostReasonId\":%d,\"competitor\":\"Suning\"}".formatted(reason),
            200);
    assertThat(lost.getString("stage")).isEqualTo("LOST");
    assertThat(lost.getString("reached")).isEqualTo("VISITED");
    assertThat(seller.api().get("customers/" + other).json().getString("baseKind"))
        .as("the customers module recorded the lost sale")
        .isEqualTo("LOST");

    Api.Reply funnel =
        manager.get(
            "opportunities/funnel?month=" + YearMonth.now(ZONE) + "&consultantId=" + seller.id());
    assertThat(funnel.status()).as(funnel.toString()).isEqualTo(200);
    List<JsonObject> stages = funnel.json().getJsonArray("stages").getValuesAs(JsonObject.class);
    assertThat(stages)
        .extracting(s -> s.getJsonNumber("reached").longValue())
        .containsExactly(2L, 2L, 2L, 1L, 1L, 1L);
    assertThat(Api.decimal(stages.get(3), "conversion")).isEqualByComparingTo("50.0");
    assertThat(funnel.json().getJsonNumber("lost").longValue()).isEqualTo(1);
  }

  @Test
  void aCustomerIsLostOnlyWhenNoneOfTheirOpportunitiesIsStillOpen() {
    Seller seller = newSeller();
    long customer = CustomersApiIT.register(seller.api(), "两个需求", CustomersApiIT.mobile());
    long phone = open(seller, customer);
    long notebook = open(seller, customer);
    move(seller, notebook, "{\"stage\":\"QUOTED\"}", 200);
    long reason = firstLostReason(seller.api());
    String lost = "{\"stage\":\"LOST\",\"lostReasonId\":%d}".formatted(reason);

    move(seller, phone, lost, 200);
    JsonObject stillInterested = seller.api().get("customers/" + customer).json();
    assertThat(stillInterested.getString("grade"))
        .as("the open notebook opportunity keeps the grade")
        .isEqualTo("A");
    assertThat(stillInterested.getString("baseKind", null))
        .as("not a lost customer while an opportunity is open")
        .isNotEqualTo("LOST");

    move(seller, notebook, lost, 200);
    JsonObject gone = seller.api().get("customers/" + customer).json();
    assertThat(gone.getString("baseKind")).as("the last open one lost").isEqualTo("LOST");
    assertThat(gone.getString("grade", null)).isNull();
  }

  @Test
  void theLostSaleAnalysisGroupsByReasonCompetitorCategoryAndConsultant() {
    String username = "ls." + PlatformApiIT.suffix();
    Api.Reply made =
        admin.post(
            "users", PlatformApiIT.newUser(username, "long-enough-1", "CONSULTANT", storeId));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    Api seller = Api.as(base, username, "long-enough-1");
    String today = LocalDate.now(ZONE).toString();
    String period = "customer-reports/lost-sales?from=" + today + "&to=" + today;
    JsonObject before = manager.get(period).json();
    long reason = firstLostReason(seller);
    String rival = "对手" + PlatformApiIT.suffix();
    String other = "别家" + PlatformApiIT.suffix();
    for (String category : List.of("PHONE", "NOTEBOOK")) {
      long customer = CustomersApiIT.register(seller, "战败" + category, CustomersApiIT.mobile());
      Api.Reply opened =
          seller.post(
              "opportunities",
              "{\"customerId\":%d,\"category\":\"%s\",\"budget\":3000}"
                  .formatted(customer, category));
      assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
      Api.Reply lost =
          seller.post(
              "opportunities/" + opened.json().getJsonNumber("id").longValue() + "/stage",
              "{\"stage\":\"LOST\",\"lostReasonId\":%d,\"competitor\":\"%s\"}"
                  .formatted(reason, rival));
      assertThat(lost.status()).as(lost.toString()).isEqualTo(200);
    }
    long onTheCard = CustomersApiIT.register(seller, "卡上战败", CustomersApiIT.mobile());
    Api.Reply recorded =
        seller.post(
            "customers/" + onTheCard + "/lost-sales",
            "{\"reasonId\":%d,\"competitor\":\"%s\"}".formatted(reason, other));
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

    JsonObject after = manager.get(period).json();
    assertThat(after.getJsonNumber("total").longValue() - before.getJsonNumber("total").longValue())
        .isEqualTo(3);
    assertThat(countOf(after, "byCompetitor", rival)).isEqualTo(2);
    assertThat(countOf(after, "byCompetitor", other)).isEqualTo(1);
    assertThat(countOf(after, "byConsultant", username)).as("recorded by the seller").isEqualTo(3);
    assertThat(
            after.getJsonArray("byConsultant").getValuesAs(JsonObject.class).stream()
                .filter(row -> username.equals(row.getString("key", null)))
                .findFirst()
                .orElseThrow()
                .getString("name"))
        .isEqualTo("Test User");
    for (String category : List.of("PHONE", "NOTEBOOK")) {
      assertThat(countOf(after, "byCategory", category) - countOf(before, "byCategory", category))
          .as(category)
          .isEqualTo(1);
    }
    assertThat(countOf(after, "byCategory", null) - countOf(before, "byCategory", null))
        .as("the card's loss says no category")
        .isEqualTo(1);

    // Another store's manager sees none of it; a consultant none at all; a bad period is 422.
    assertThat(countOf(plazaManager.get(period).json(), "byCompetitor", rival)).isZero();
    assertThat(seller.get(period).status()).isEqualTo(403);
    Api.Reply reversed =
        manager.get(
            "customer-reports/lost-sales?from="
                + today
                + "&to="
                + LocalDate.now(ZONE).minusDays(1));
    assertThat(reversed.status()).isEqualTo(422);
    assertThat(PlatformApiIT.fields(reversed)).containsExactly("to");
  }

  static long firstLostReason(Api api) {
    return api.get("lost-reasons")
        .structure()
        .asJsonArray()
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private static long countOf(JsonObject analysis, String grouping, String key) {
    return analysis.getJsonArray(grouping).getValuesAs(JsonObject.class).stream()
        .filter(row -> java.util.Objects.equals(key, row.getString("key", null)))
        .mapToLong(row -> row.getJsonNumber("count").longValue())
        .sum();
  }

  @Test
  void closedMonthsAreServedFromTheRollupAndAReturnCountsAtOnce() {
    YearMonth month = YearMonth.now(ZONE).minusMonths(4);
    String kpis = "bundles/attach-kpis?from=" + month + "&to=" + month + "&storeId=" + storeId;
    JsonObject before = admin.get(kpis).json().getJsonObject("total");
    long notebook = newProduct("5000.00", 5);
    Api.Reply accessory =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku("RM"),
                "Rollup mouse",
                "ACCESSORY",
                "100.00",
                "60.00",
                "MAINSTREAM"));
    assertThat(accessory.status()).as(accessory.toString()).isEqualTo(201);
    long mouse = accessory.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + mouse + "/stock", "{\"onHand\":5}").status())
        .isEqualTo(200);
    // A sale recorded late, in a month that may already be rolled up: the month is read from the
    // order lines until the rollup computes it again.
    Api.Reply sold =
        admin.post(
            "orders",
            """
            {"lines":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}],"payment":"CASH","soldAt":"%s","storeId":%d}"""
                .formatted(
                    notebook,
                    mouse,
                    month.atDay(10).atTime(11, 0).atZone(ZONE).toInstant(),
                    storeId),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    JsonObject live = admin.get(kpis).json().getJsonObject("total");
    assertThat(live.getInt("mainSales")).isEqualTo(before.getInt("mainSales") + 1);
    assertThat(live.getInt("attachedSales")).isEqualTo(before.getInt("attachedSales") + 1);

    assertThat(manager.post("admin/jobs/attach-rollup/run", "").status())
        .as("only head office runs the job")
        .isEqualTo(403);
    Api.Reply run = admin.post("admin/jobs/attach-rollup/run", "");
    assertThat(run.status()).as(run.toString()).isEqualTo(200);
    assertThat(run.json().getInt("monthsComputed")).isGreaterThanOrEqualTo(1);
    Api.Reply again = admin.post("admin/jobs/attach-rollup/run", "");
    assertThat(again.json().getInt("monthsComputed")).as("nothing changed since").isZero();
    assertThat(again.json().getInt("monthsCurrent"))
        .as("24 closed months, and the current one's closed days unless today is the 1st")
        .isEqualTo(LocalDate.now(ZONE).getDayOfMonth() == 1 ? 24 : 25);
    assertThat(admin.get(kpis).json().getJsonObject("total"))
        .as("the rolled-up month reads as the order lines did")
        .isEqualTo(live);

    // The mouse comes back: the month changed, so it is read from the lines again at once.
    Api.Reply returned = SalesApiIT.returnOne(manager, sold.json(), mouse);
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    JsonObject afterReturn = admin.get(kpis).json().getJsonObject("total");
    assertThat(afterReturn.getInt("mainSales")).isEqualTo(before.getInt("mainSales") + 1);
    assertThat(afterReturn.getInt("attachedSales")).isEqualTo(before.getInt("attachedSales"));
    Api.Reply recomputed = admin.post("admin/jobs/attach-rollup/run", "");
    assertThat(recomputed.json().getInt("monthsComputed")).isEqualTo(1);
    assertThat(admin.get(kpis).json().getJsonObject("total")).isEqualTo(afterReturn);

    // The current month: its closed days from the rollup, today from the lines.
    YearMonth now = YearMonth.now(ZONE);
    String monthToDate = "bundles/attach-kpis?from=" + now + "&to=" + now + "&storeId=" + storeId;
    JsonObject beforeToday = admin.get(monthToDate).json().getJsonObject("total");
    assertThat(
            admin
                .post(
                    "orders",
                    """
                    {"lines":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}],"payment":"CASH","storeId":%d}"""
                        .formatted(notebook, mouse, storeId),
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .status())
        .isEqualTo(201);
    JsonObject withToday = admin.get(monthToDate).json().getJsonObject("total");
    assertThat(withToday.getInt("attachedSales"))
        .isEqualTo(beforeToday.getInt("attachedSales") + 1);
    assertThat(admin.post("admin/jobs/attach-rollup/run", "").json().getInt("monthsComputed"))
        .as("today's sale changes no rolled-up day")
        .isZero();
    assertThat(admin.get(monthToDate).json().getJsonObject("total")).isEqualTo(withToday);
  }

  // --- helpers -------------------------------------------------------------------------------

  private Seller newSeller() {
    return PlatformFixture.newSeller(admin, base, storeId, "s.");
  }

  private long newProduct(String price, int stock) {
    return SalesFixture.notebook(manager, "RP", "Report notebook", price, stock);
  }

  private static JsonObject sell(Seller seller, long product, int quantity) {
    Api.Reply sold =
        seller
            .api()
            .post(
                "orders",
                SalesApiIT.order(product, quantity, null),
                "Idempotency-Key",
                UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    return sold.json();
  }

  private static long open(Seller seller, long customer) {
    Api.Reply opened =
        seller
            .api()
            .post(
                "opportunities",
                "{\"customerId\":%d,\"category\":\"NOTEBOOK\",\"budget\":6000}"
                    .formatted(customer));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    assertThat(opened.json().getString("stage")).isEqualTo("LEAD");
    assertThat(opened.json().getJsonNumber("consultantId").longValue()).isEqualTo(seller.id());
    return opened.json().getJsonNumber("id").longValue();
  }

  private static JsonObject move(Seller seller, long opportunity, String body, int status) {
    Api.Reply moved = seller.api().post("opportunities/" + opportunity + "/stage", body);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(status);
    return moved.json();
  }

  /** JSON-B leaves null fields out: the store's line has no consultantId at all. */
  private static boolean isConsultant(JsonObject row, long consultantId) {
    return row.containsKey("consultantId")
        && !row.isNull("consultantId")
        && row.getJsonNumber("consultantId").longValue() == consultantId;
  }

  private static JsonObject targetOf(List<JsonObject> rows, long consultantId) {
    return rows.stream()
        .filter(r -> isConsultant(r, consultantId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no target of " + consultantId + " in " + rows));
  }
}
