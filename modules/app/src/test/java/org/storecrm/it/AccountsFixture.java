package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Products with stock, accounts and credit sales for the accounts module's system tests. */
final class AccountsFixture {
  private AccountsFixture() {}

  static String unique(String prefix) {
    return prefix
        + "-"
        + Long.toString(System.nanoTime(), 36).toUpperCase()
        + ThreadLocalRandom.current().nextInt(100, 999);
  }

  /** A notebook at this price with this much stock in the manager's store. */
  static long product(Api manager, String price, int stock) {
    String cost =
        new BigDecimal(price)
            .multiply(new BigDecimal("0.8"))
            .setScale(2, RoundingMode.HALF_UP)
            .toPlainString();
    String body =
        """
        {"sku":"%s","name":"IT account notebook","nameZh":"测试笔记本","brand":"Test","category":"NOTEBOOK","price":%s,"cost":%s,"pricingRole":"MAINSTREAM","phase":"PLATEAU"}"""
            .formatted(unique("ACC"), price, cost);
    return SalesFixture.stocked(manager, body, stock);
  }

  static int onHand(Api api, long productId) {
    return api.get("products/" + productId).json().getInt("onHand");
  }

  /** An account created by {@code creator}; {@code extra} adds JSON members (e.g. creditLimit). */
  static long account(Api creator, String status, int terms, String extra) {
    Api.Reply created =
        creator.post(
            "accounts",
            """
            {"name":"%s","industry":"Logistics","employees":40,"status":"%s","source":"WALK_IN",
             "paymentTermDays":%d%s,
             "contacts":[{"name":"Zhao Lei","title":"Office manager","phone":"13800138000","decides":true}]}"""
                .formatted(
                    unique("Acme Trading"), status, terms, extra == null ? "" : "," + extra));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  /** A credit sale; with {@code soldAt} a history import (head office names the store). */
  static String creditOrder(
      long productId, int quantity, long accountId, String soldAt, Long storeId) {
    String when = soldAt == null ? "" : ",\"soldAt\":\"" + soldAt + "\",\"storeId\":" + storeId;
    return """
        {"lines":[{"productId":%d,"quantity":%d}],"payment":"ACCOUNT_CREDIT","accountId":%d%s}"""
        .formatted(productId, quantity, accountId, when);
  }

  static String creditOrder(long productId, int quantity, long accountId) {
    return creditOrder(productId, quantity, accountId, null, null);
  }

  static long storeId(Api member) {
    return member.get("me").json().getJsonNumber("storeId").longValue();
  }

  static Api.Reply sell(Api seller, String order) {
    return seller.post("orders", order, "Idempotency-Key", UUID.randomUUID().toString());
  }
}
