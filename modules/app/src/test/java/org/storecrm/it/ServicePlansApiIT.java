package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The service-plan catalogue over the API: the demo holds every plan of the domain's table, each
 * sold through a SERVICE product; managers and head office create and change plans (and with them
 * the product's price), store staff only read.
 */
@SystemTest
class ServicePlansApiIT {
  private final Api manager;
  private final Api consultant;
  private final Api technician;
  private final Api admin;

  ServicePlansApiIT(URI base) {
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    technician = Api.as(base, "tech", "demo");
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void theDemoHoldsEveryPlanOfTheTableSoldThroughServiceProducts() {
    Api.Reply list = consultant.get("service-plans");
    assertThat(list.status()).as(list.toString()).isEqualTo(200);
    List<JsonObject> plans = list.structure().asJsonArray().getValuesAs(JsonObject.class);
    assertThat(plans.stream().map(p -> p.getString("code")))
        .contains(
            "SILVER",
            "GOLD",
            "DIAMOND",
            "BLUE_GOLD",
            "BLUE_DIAMOND",
            "DIGITAL_1Y",
            "HW_1Y",
            "HW_2Y",
            "PHONE_EXT",
            "PHONE_SCREEN");
    JsonObject blueDiamond = plan(plans, "BLUE_DIAMOND");
    assertThat(blueDiamond.getInt("deviceLimit")).isEqualTo(10);
    assertThat(blueDiamond.getBoolean("lifetime")).isTrue();
    assertThat(blueDiamond.containsKey("termMonths")).isFalse();
    assertThat(blueDiamond.getBoolean("onSite")).isTrue();
    JsonObject gold = plan(plans, "GOLD");
    assertThat(gold.getInt("termMonths")).isEqualTo(36);
    assertThat(gold.getBoolean("onSite")).isTrue();
    JsonObject screen = plan(plans, "PHONE_SCREEN");
    assertThat(screen.getString("coverage")).isEqualTo("SCREEN");
    assertThat(strings(screen.getJsonArray("eligibleCategories"))).containsExactly("PHONE");
    JsonObject product =
        consultant.get("products/" + screen.getJsonNumber("productId").longValue()).json();
    assertThat(product.getString("category")).isEqualTo("SERVICE");
    assertThat(product.getString("sku")).isEqualTo("SV-PH-SCREEN");
    assertThat(Api.decimal(screen, "price")).isEqualByComparingTo(Api.decimal(product, "price"));
  }

  @Test
  void aManagerCreatesAndChangesAPlanAndItsProductStoreStaffOnlyRead() {
    String code = "T" + Long.toString(System.nanoTime(), 36).toUpperCase();
    String form = form(code, "NOTEBOOK\",\"DESKTOP", "599.00", "150.00", "24");
    assertThat(consultant.post("service-plans", form).status()).isEqualTo(403);
    assertThat(technician.post("service-plans", form).status()).isEqualTo(403);

    Api.Reply created = manager.post("service-plans", form);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    JsonObject plan = created.json();
    long id = plan.getJsonNumber("id").longValue();
    assertThat(created.header("Location")).endsWith("/api/v1/service-plans/" + id);
    assertThat(plan.getString("code")).isEqualTo(code);
    assertThat(plan.getInt("termMonths")).isEqualTo(24);
    assertThat(plan.getBoolean("lifetime")).isFalse();
    assertThat(strings(plan.getJsonArray("eligibleCategories")))
        .containsExactly("DESKTOP", "NOTEBOOK");
    long productId = plan.getJsonNumber("productId").longValue();
    JsonObject product = manager.get("products/" + productId).json();
    assertThat(product.getString("sku")).isEqualTo("SV-" + code);
    assertThat(product.getString("category")).isEqualTo("SERVICE");
    assertThat(Api.decimal(product, "price")).isEqualByComparingTo("599.00");
    assertThat(Api.decimal(product, "cost")).isEqualByComparingTo("150.00");

    Api.Reply twin = manager.post("service-plans", form);
    assertThat(twin.status()).as(twin.toString()).isEqualTo(409);
    assertThat(twin.json().getString("code")).isEqualTo("services.planCodeTaken");

    long version = plan.getJsonNumber("version").longValue();
    String changes = changes("Notebook care 3", "699.00", "180.00", null, true, version);
    assertThat(consultant.put("service-plans/" + id, changes).status()).isEqualTo(403);
    assertThat(technician.put("service-plans/" + id, changes).status()).isEqualTo(403);
    Api.Reply changed = manager.put("service-plans/" + id, changes);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("name")).isEqualTo("Notebook care 3");
    assertThat(changed.json().getBoolean("lifetime")).isTrue();
    assertThat(Api.decimal(changed.json(), "price")).isEqualByComparingTo("699.00");
    assertThat(manager.get("products/" + productId).json().getString("name"))
        .isEqualTo("Notebook care 3");
    assertThat(Api.decimal(manager.get("products/" + productId).json(), "price"))
        .isEqualByComparingTo("699.00");

    Api.Reply stale = manager.put("service-plans/" + id, changes);
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.json().getString("type")).endsWith("stale-record");

    long newVersion = changed.json().getJsonNumber("version").longValue();
    Api.Reply retired =
        admin.put(
            "service-plans/" + id,
            changes("Notebook care 3", "699.00", "180.00", null, false, newVersion));
    assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
    assertThat(retired.json().getBoolean("active")).isFalse();
    assertThat(codes(consultant.get("service-plans").structure().asJsonArray()))
        .doesNotContain(code);
    assertThat(codes(manager.get("service-plans?all=true").structure().asJsonArray()))
        .contains(code);
    assertThat(consultant.get("service-plans?all=true").status()).isEqualTo(403);
    assertThat(manager.get("products/" + productId).json().getBoolean("active"))
        .as("a retired plan's product is off sale")
        .isFalse();
    assertThat(consultant.get("service-plans/" + id).status()).isEqualTo(200);
    assertThat(consultant.get("service-plans/999999999").status()).isEqualTo(404);
  }

  @Test
  void aPlanNeedsItsFieldsDeviceCategoriesAndAServiceProduct() {
    Api.Reply invalid =
        manager.post(
            "service-plans",
            """
            {"code":"bad code!","name":"","deviceLimit":0,"eligibleCategories":[],"price":-1}""");
    assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
    assertThat(fields(invalid))
        .contains(
            "code",
            "name",
            "coverage",
            "onSite",
            "deviceLimit",
            "eligibleCategories",
            "price",
            "cost");

    String code = "C" + Long.toString(System.nanoTime(), 36).toUpperCase();
    Api.Reply accessory = manager.post("service-plans", form(code, "ACCESSORY", "9", "1", null));
    assertThat(accessory.status()).as(accessory.toString()).isEqualTo(422);
    assertThat(accessory.json().getString("code")).isEqualTo("services.planCategoryNotDevice");
    assertThat(fields(accessory)).containsExactly("eligibleCategories");

    long notebook = notebookProduct();
    Api.Reply notService =
        manager.post(
            "service-plans",
            form(code, "PHONE", "9", "1", null).replace("}", ",\"productId\":" + notebook + "}"));
    assertThat(notService.status()).as(notService.toString()).isEqualTo(422);
    assertThat(fields(notService)).containsExactly("productId");

    long screenProduct =
        plan(
                consultant
                    .get("service-plans")
                    .structure()
                    .asJsonArray()
                    .getValuesAs(JsonObject.class),
                "PHONE_SCREEN")
            .getJsonNumber("productId")
            .longValue();
    Api.Reply taken =
        manager.post(
            "service-plans",
            form(code, "PHONE", "9", "1", null)
                .replace("}", ",\"productId\":" + screenProduct + "}"));
    assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
    assertThat(taken.json().getString("code")).isEqualTo("services.planProductTaken");
  }

  private long notebookProduct() {
    String sku =
        "NB-"
            + Long.toString(System.nanoTime(), 36).toUpperCase()
            + ThreadLocalRandom.current().nextInt(100, 999);
    Api.Reply created =
        manager.post(
            "products",
            """
            {"sku":"%s","name":"Plan test notebook","category":"NOTEBOOK","price":4999,"cost":4000,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
                .formatted(sku));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  static String form(String code, String categories, String price, String cost, String term) {
    return """
        {"code":"%s","name":"Notebook care","nameZh":"笔记本关怀","coverage":"HARDWARE","onSite":false,%s"deviceLimit":1,"eligibleCategories":["%s"],"price":%s,"cost":%s}"""
        .formatted(
            code, term == null ? "" : "\"termMonths\":" + term + ",", categories, price, cost);
  }

  private static String changes(
      String name, String price, String cost, String term, boolean active, long version) {
    return """
        {"name":"%s","nameZh":"笔记本关怀","coverage":"FULL","onSite":true,%s"deviceLimit":1,"eligibleCategories":["NOTEBOOK"],"price":%s,"cost":%s,"active":%s,"version":%d}"""
        .formatted(
            name, term == null ? "" : "\"termMonths\":" + term + ",", price, cost, active, version);
  }

  static JsonObject plan(List<JsonObject> plans, String code) {
    return plans.stream().filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow();
  }

  private static List<String> codes(JsonArray plans) {
    return plans.getValuesAs(JsonObject.class).stream().map(p -> p.getString("code")).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  static List<String> fields(Api.Reply reply) {
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }
}
