package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Products with stock, the products behind service plans, walk-in customers and serial numbers for
 * the sales and services system tests (one copy of what several of them used to write).
 */
final class SalesFixture {
  private SalesFixture() {}

  /**
   * Creates a product from a {@code POST /products} body and sets its stock in the manager's store;
   * answers its id.
   */
  static long stocked(Api manager, String productBody, int onHand) {
    long id = created(manager, productBody);
    assertThat(manager.put("products/" + id + "/stock", "{\"onHand\":" + onHand + "}").status())
        .isEqualTo(200);
    return id;
  }

  /** {@link #stocked}, but a product with no stock is left as created (its stock never set). */
  static long stockedIfAny(Api manager, String productBody, int onHand) {
    return onHand > 0 ? stocked(manager, productBody, onHand) : created(manager, productBody);
  }

  private static long created(Api manager, String productBody) {
    Api.Reply created = manager.post("products", productBody);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** A mainstream notebook at this price, costing 80 % of it, with this much stock. */
  static long notebook(Api manager, String skuPrefix, String name, String price, int onHand) {
    return stocked(
        manager,
        SalesApiIT.product(
            SalesApiIT.sku(skuPrefix),
            name,
            "NOTEBOOK",
            price,
            new BigDecimal(price).multiply(new BigDecimal("0.8")).setScale(2).toPlainString(),
            "MAINSTREAM"),
        onHand);
  }

  /** A device a service plan can cover (a phone, a notebook…), ten in stock. */
  static long device(
      Api manager, String skuPrefix, String name, String category, String price, String cost) {
    String sku = skuPrefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    return stocked(
        manager,
        """
        {"sku":"%s","name":"%s","category":"%s","price":%s,"cost":%s,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
            .formatted(sku, name, category, price, cost),
        10);
  }

  /** The product that sells the service plan with this code. */
  static long planProduct(Api api, String code) {
    return ServicePlansApiIT.plan(
            api.get("service-plans").structure().asJsonArray().getValuesAs(JsonObject.class), code)
        .getJsonNumber("productId")
        .longValue();
  }

  /** A walk-in person in Shanghai with a random mobile number that starts with the prefix. */
  static long walkIn(Api consultant, String name, String phonePrefix) {
    String phone =
        phonePrefix + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    Api.Reply created =
        consultant.post(
            "customers",
            """
            {"name":"%s","phone":"%s","type":"PERSON","source":"WALK_IN","region":"CITY","city":"Shanghai"}"""
                .formatted(name, phone));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** A serial number no device has yet, starting with the prefix. */
  static String serial(String prefix) {
    return prefix
        + Long.toString(System.nanoTime(), 36).toUpperCase()
        + ThreadLocalRandom.current().nextInt(100, 999);
  }

  /** The items of a page the API answered with 200. */
  static List<JsonObject> items(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }
}
