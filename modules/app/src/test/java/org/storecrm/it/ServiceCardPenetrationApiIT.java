package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The service-card penetration (devices sold with a plan / eligible devices sold) in a store of its
 * own, so the figures are exact: a consultant sells two phones, one with a plan (and a third with a
 * plan that comes back); a technician, on site for a job, sells the customer a phone with a plan,
 * credited to the technician. Shown in the attach KPIs (per store, consultant, technician, month)
 * and in the performance report, for the store's manager and head office only.
 */
@SystemTest
class ServiceCardPenetrationApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final URI base;
  private final Api admin;
  private final Api plazaManager;

  ServiceCardPenetrationApiIT(URI base) {
    this.base = base;
    admin = Api.as(base, "admin", "demo");
    plazaManager = Api.as(base, "plaza.manager", "demo");
  }

  @Test
  void penetrationPerConsultantTechnicianAndStoreCreditsThePlanATechnicianSellsOnAJob() {
    String code = "P" + PlatformApiIT.suffix().toUpperCase();
    Api.Reply created = admin.post("stores", PlatformApiIT.store(code));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long store = created.json().getJsonNumber("id").longValue();
    String suffix = PlatformApiIT.suffix();
    Api manager = staff("it.pen.manager." + suffix, "MANAGER", store);
    long consultantId = userId("it.pen.consultant." + suffix, "CONSULTANT", store);
    long technicianId = userId("it.pen.tech." + suffix, "SERVICE", store);
    Api consultant = Api.as(base, "it.pen.consultant." + suffix, "long-enough-1");
    Api technician = Api.as(base, "it.pen.tech." + suffix, "long-enough-1");

    long phone = product(manager, "PHONE", "2000.00", "1500.00");
    long phoneCase = product(manager, "ACCESSORY", "99.00", "40.00");
    List<JsonObject> plans =
        consultant.get("service-plans").structure().asJsonArray().getValuesAs(JsonObject.class);
    long screenCover =
        ServicePlansApiIT.plan(plans, "PHONE_SCREEN").getJsonNumber("productId").longValue();
    long warranty =
        ServicePlansApiIT.plan(plans, "PHONE_EXT").getJsonNumber("productId").longValue();
    long customer = customer(consultant);

    // The consultant: a phone with screen cover (and a case, not a device), a phone without a
    // plan, and a phone with cover whose phone comes back (neither counts any more).
    String a = serial();
    sell(
        consultant,
        """
        {"customerId":%d,"lines":[{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1}],"payment":"CARD"}"""
            .formatted(customer, phone, a, screenCover, a, phoneCase));
    sell(
        consultant,
        """
        {"lines":[{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CASH"}"""
            .formatted(phone, serial()));
    String c = serial();
    JsonObject returned =
        sell(
            consultant,
            """
            {"lines":[{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CASH"}"""
                .formatted(phone, c, screenCover, c));
    Api.Reply back = SalesApiIT.returnOne(manager, returned, phone);
    assertThat(back.status()).as(back.toString()).isEqualTo(200);

    // The technician, dispatched to the customer's job and on site, sells them a phone with an
    // extended warranty there.
    Api.Reply job =
        consultant.post(
            "service-requests",
            """
            {"customerId":%d,"deviceSerial":"%s","kind":"ON_SITE","region":"CITY","problem":"路由器设置"}"""
                .formatted(customer, serial()));
    assertThat(job.status()).as(job.toString()).isEqualTo(201);
    long jobId = job.json().getJsonNumber("id").longValue();
    Api.Reply dispatched =
        manager.post(
            "service-requests/" + jobId + "/dispatch",
            "{\"technicianId\":%d}".formatted(technicianId));
    assertThat(dispatched.status()).as(dispatched.toString()).isEqualTo(200);
    Api.Reply onSite =
        technician.post("service-requests/" + jobId + "/progress", "{\"status\":\"ON_SITE\"}");
    assertThat(onSite.status()).as(onSite.toString()).isEqualTo(200);
    String t = serial();
    sell(
        technician,
        """
        {"customerId":%d,"lines":[{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CARD"}"""
            .formatted(customer, phone, t, warranty, t));

    Api.Reply kpis = manager.get("bundles/attach-kpis");
    assertThat(kpis.status()).as(kpis.toString()).isEqualTo(200);
    assertPenetration(row(kpis.json(), "consultants", consultantId), 2, 1, "50.0");
    assertPenetration(row(kpis.json(), "technicians", technicianId), 1, 1, "100.0");
    assertThat(keys(kpis.json(), "consultants")).doesNotContain(String.valueOf(technicianId));
    assertPenetration(row(kpis.json(), "stores", store), 3, 2, "66.7");
    assertPenetration(kpis.json().getJsonObject("total"), 3, 2, "66.7");
    String month = kpis.json().getString("to");
    assertPenetration(row(kpis.json(), "months", month), 3, 2, "66.7");
    // The months before hold no sale of this store: no eligible device, no rate.
    Api.Reply months =
        manager.get(
            "bundles/attach-kpis?from=" + YearMonth.parse(month).minusMonths(1) + "&to=" + month);
    assertThat(months.status()).as(months.toString()).isEqualTo(200);
    JsonObject before = row(months.json(), "months", YearMonth.parse(month).minusMonths(1));
    assertThat(before.getJsonNumber("eligibleDevices").longValue()).isZero();
    assertThat(before.containsKey("planPenetration")).isFalse();
    assertPenetration(row(months.json(), "technicians", technicianId), 1, 1, "100.0");

    Api.Reply headOffice = admin.get("bundles/attach-kpis?storeId=" + store);
    assertThat(headOffice.status()).as(headOffice.toString()).isEqualTo(200);
    assertPenetration(row(headOffice.json(), "stores", store), 3, 2, "66.7");
    assertPenetration(row(headOffice.json(), "consultants", consultantId), 2, 1, "50.0");

    String performance = "sales-reports/performance?month=" + YearMonth.now(ZONE);
    Api.Reply sheet = manager.get(performance);
    assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
    List<JsonObject> sellers = sheet.structure().asJsonArray().getValuesAs(JsonObject.class);
    assertPenetration(seller(sellers, consultantId), 2, 1, "50.0");
    assertPenetration(seller(sellers, technicianId), 1, 1, "100.0");
    assertPenetration(
        seller(
            admin
                .get(performance + "&storeId=" + store)
                .structure()
                .asJsonArray()
                .getValuesAs(JsonObject.class),
            technicianId),
        1,
        1,
        "100.0");

    // Managers and head office only; another store's figures are not found.
    assertThat(consultant.get("bundles/attach-kpis").status()).isEqualTo(403);
    assertThat(technician.get("bundles/attach-kpis").status()).isEqualTo(403);
    assertThat(consultant.get(performance).status()).isEqualTo(403);
    assertThat(technician.get(performance).status()).isEqualTo(403);
    assertThat(plazaManager.get("bundles/attach-kpis?storeId=" + store).status()).isEqualTo(404);
    assertThat(plazaManager.get(performance + "&storeId=" + store).status()).isEqualTo(404);
    assertThat(keys(plazaManager.get("bundles/attach-kpis").json(), "technicians"))
        .doesNotContain(String.valueOf(technicianId));
  }

  private static void assertPenetration(JsonObject row, long eligible, long withPlan, String rate) {
    assertThat(row.getJsonNumber("eligibleDevices").longValue())
        .as("eligible devices of " + row)
        .isEqualTo(eligible);
    assertThat(row.getJsonNumber("devicesWithPlan").longValue())
        .as("devices with a plan of " + row)
        .isEqualTo(withPlan);
    assertThat(Api.decimal(row, "planPenetration")).isEqualByComparingTo(rate);
  }

  private static JsonObject row(JsonObject report, String group, Object key) {
    return report.getJsonArray(group).getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("key").equals(String.valueOf(key)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key + " in " + group + ": " + report));
  }

  private static List<String> keys(JsonObject report, String group) {
    return report.getJsonArray(group).getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("key"))
        .toList();
  }

  private static JsonObject seller(List<JsonObject> rows, long id) {
    return rows.stream()
        .filter(r -> r.getJsonNumber("consultantId").longValue() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no seller " + id + " in " + rows));
  }

  private static JsonObject sell(Api seller, String order) {
    Api.Reply sold = seller.post("orders", order, "Idempotency-Key", UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    return sold.json();
  }

  private Api staff(String username, String role, long store) {
    userId(username, role, store);
    return Api.as(base, username, "long-enough-1");
  }

  private long userId(String username, String role, long store) {
    Api.Reply made =
        admin.post("users", PlatformApiIT.newUser(username, "long-enough-1", role, store));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    return made.json().getJsonNumber("id").longValue();
  }

  private static long product(Api manager, String category, String price, String cost) {
    Api.Reply created =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku("PEN"),
                "Penetration " + category,
                category,
                price,
                cost,
                "MAINSTREAM"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":10}").status()).isEqualTo(200);
    return id;
  }

  private static long customer(Api consultant) {
    Api.Reply created =
        consultant.post("customers", CustomersApiIT.walkIn("服务卡顾客", CustomersApiIT.mobile()));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static String serial() {
    return "PN"
        + Long.toString(System.nanoTime(), 36).toUpperCase()
        + ThreadLocalRandom.current().nextInt(100, 999);
  }
}
