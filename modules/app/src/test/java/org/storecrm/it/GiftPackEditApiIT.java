package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Managers change and retire gift packs over the API: an edit quotes the version it read, a retired
 * pack is neither offered nor sold, and store staff cannot touch a pack.
 */
@SystemTest
class GiftPackEditApiIT {
  private final Api manager;
  private final Api consultant;
  private final Api admin;

  GiftPackEditApiIT(URI base) {
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    admin = Api.as(base, "admin", "demo");
  }

  @Test
  void aPackIsChangedRetiredAndBroughtBackWithItsVersion() {
    long bag = product("ACCESSORY", "300.00", 5);
    long mouse = product("ACCESSORY", "120.00", 5);
    long card = product("ACCESSORY", "80.00", 5);
    Api.Reply created =
        manager.post(
            "bundles/packs",
            """
            {"name":"Edit pack","price":380,"forCategory":"NOTEBOOK","components":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}]}"""
                .formatted(bag, mouse));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    long version = created.json().getJsonNumber("version").longValue();

    Api.Reply changed =
        manager.put(
            "bundles/packs/" + id, changes("Edit pack 2", "450", bag, mouse, card, true, version));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().getString("name")).isEqualTo("Edit pack 2");
    assertThat(changed.json().getString("nameZh")).isEqualTo("编辑礼包");
    assertThat(Api.decimal(changed.json(), "price")).isEqualByComparingTo("450");
    assertThat(changed.json().getJsonArray("components")).hasSize(3);
    assertThat(Api.decimal(changed.json(), "listTotal")).isEqualByComparingTo("500.00");
    long newVersion = changed.json().getJsonNumber("version").longValue();
    assertThat(newVersion).isGreaterThan(version);

    Api.Reply stale =
        manager.put(
            "bundles/packs/" + id, changes("Stale", "400", bag, mouse, card, true, version));
    assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
    assertThat(stale.json().getString("type")).endsWith("stale-record");

    Api.Reply tooDear =
        manager.put(
            "bundles/packs/" + id,
            changes("Edit pack 2", "501", bag, mouse, card, true, newVersion));
    assertThat(tooDear.status()).as(tooDear.toString()).isEqualTo(422);
    assertThat(tooDear.json().getString("code")).isEqualTo("bundles.packAboveList");
    assertThat(tooDear.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("price");
    assertThat(Api.decimal(tooDear.json(), "listTotal")).isEqualByComparingTo("500.00");

    Api.Reply byConsultant =
        consultant.put(
            "bundles/packs/" + id, changes("Mine", "100", bag, mouse, card, true, newVersion));
    assertThat(byConsultant.status()).isEqualTo(403);
    assertThat(consultant.get("bundles/packs?all=true").status()).isEqualTo(403);

    Api.Reply retired =
        manager.put(
            "bundles/packs/" + id,
            changes("Edit pack 2", "450", bag, mouse, card, false, newVersion));
    assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
    assertThat(retired.json().getBoolean("active")).isFalse();
    assertThat(packIds(consultant.get("bundles/packs").structure().asJsonArray()))
        .as("a retired pack is no longer offered")
        .doesNotContain(id);
    assertThat(packIds(manager.get("bundles/packs?all=true").structure().asJsonArray()))
        .contains(id);
    assertThat(
            consultant
                .post(
                    "bundles/packs/" + id + "/sales",
                    "{\"payment\":\"CASH\"}",
                    "Idempotency-Key",
                    UUID.randomUUID().toString())
                .status())
        .as("nor sold")
        .isEqualTo(404);

    long retiredVersion = retired.json().getJsonNumber("version").longValue();
    Api.Reply back =
        admin.put(
            "bundles/packs/" + id,
            changes("Edit pack 2", "450", bag, mouse, card, true, retiredVersion));
    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(packIds(consultant.get("bundles/packs").structure().asJsonArray())).contains(id);

    Api.Reply invalid =
        manager.put(
            "bundles/packs/" + id,
            """
            {"name":"","price":-1,"components":[{"productId":%d,"quantity":1}],"active":true,"version":%d}"""
                .formatted(bag, back.json().getJsonNumber("version").longValue()));
    assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
    assertThat(invalid.toString()).contains("\"name\"", "\"price\"", "\"components\"");
    assertThat(
            manager
                .put("bundles/packs/999999999", changes("X", "1", bag, mouse, card, true, 1))
                .status())
        .isEqualTo(404);
  }

  private long product(String category, String price, int stock) {
    Api.Reply created =
        manager.post(
            "products",
            SalesApiIT.product(
                SalesApiIT.sku("PK"),
                "Pack part",
                category,
                price,
                new java.math.BigDecimal(price)
                    .multiply(new java.math.BigDecimal("0.5"))
                    .setScale(2)
                    .toPlainString(),
                "MAINSTREAM"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().getJsonNumber("id").longValue();
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":" + stock + "}").status())
        .isEqualTo(200);
    return id;
  }

  private static String changes(
      String name, String price, long a, long b, long c, boolean active, long version) {
    return """
        {"name":"%s","nameZh":"编辑礼包","price":%s,"forCategory":"NOTEBOOK","components":[{"productId":%d,"quantity":1},{"productId":%d,"quantity":1},{"productId":%d,"quantity":1}],"active":%s,"version":%d}"""
        .formatted(name, price, a, b, c, active, version);
  }

  private static List<Long> packIds(jakarta.json.JsonArray packs) {
    return packs.getValuesAs(JsonObject.class).stream()
        .map(p -> p.getJsonNumber("id").longValue())
        .toList();
  }
}
