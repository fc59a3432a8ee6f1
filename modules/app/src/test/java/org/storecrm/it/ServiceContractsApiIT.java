package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A plan sold with a phone becomes a contract found by the phone's serial; checkout refuses a plan
 * without a serial or for an ineligible device at the field; a return of the plan cancels the
 * contract with a pro-rata refund on the return itself, a return of the phone ends it; another
 * store's contract is not found.
 */
@SystemTest
class ServiceContractsApiIT {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Api manager;
  private final Api consultant;
  private final Api plazaConsultant;
  private final Api admin;

  ServiceContractsApiIT(URI base) {
    admin = Api.as(base, "admin", "demo");
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
  }

  @Test
  void aPlanSoldWithAPhoneIsAContractFoundByItsSerialAndItsReturnRefundsTheUnusedTerm() {
    long phone = device("PHONE", "3000.00");
    long screen = planProduct("PHONE_SCREEN");
    long customer = customer();
    String serial = serial();
    Instant soldAt = Instant.now().minus(73, ChronoUnit.DAYS);
    long flagship = consultant.get("me").json().getJsonNumber("storeId").longValue();
    // Sold 73 days ago: head office imports the sale with its time.
    Api.Reply sold =
        admin.post(
            "orders",
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CASH","soldAt":"%s","storeId":%d}"""
                .formatted(customer, phone, serial, screen, serial, soldAt, flagship),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    JsonObject order = sold.json();

    Api.Reply found = consultant.get("service-contracts?serial=" + serial);
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    List<JsonObject> items = found.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(items).hasSize(1);
    JsonObject contract = items.get(0);
    LocalDate start = LocalDate.ofInstant(soldAt, ZONE);
    assertThat(contract.getString("planCode")).isEqualTo("PHONE_SCREEN");
    assertThat(contract.getString("serial")).isEqualTo(serial);
    assertThat(contract.getString("start")).isEqualTo(start.toString());
    assertThat(contract.getString("end")).isEqualTo(start.plusMonths(12).minusDays(1).toString());
    assertThat(contract.getBoolean("active")).isTrue();
    assertThat(contract.getString("status")).isEqualTo("ACTIVE");
    assertThat(Api.decimal(contract, "price")).isEqualByComparingTo("199.00");
    long id = contract.getJsonNumber("id").longValue();
    // A repair of the covered phone costs the client nothing.
    Api.Reply repair =
        consultant.post(
            "service-requests",
            """
            {"customerId":%d,"deviceSerial":"%s","kind":"CARRY_IN","region":"CITY","problem":"屏幕碎了"}"""
                .formatted(customer, serial));
    assertThat(repair.status()).as(repair.toString()).isEqualTo(201);
    assertThat(repair.json().getBoolean("covered")).isTrue();
    assertThat(repair.json().getJsonNumber("contractId").longValue()).isEqualTo(id);
    assertThat(Api.decimal(repair.json(), "price")).isEqualByComparingTo("0");
    assertThat(ids(consultant.get("service-contracts?customerId=" + customer))).containsExactly(id);

    assertThat(plazaConsultant.get("service-contracts/" + id).status())
        .as("another store's contract")
        .isEqualTo(404);
    assertThat(ids(plazaConsultant.get("service-contracts?serial=" + serial))).isEmpty();

    Api.Reply returned = returnLine(order, screen);
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    long days = ChronoUnit.DAYS.between(start, LocalDate.now(ZONE));
    long term = ChronoUnit.DAYS.between(start, start.plusMonths(12));
    BigDecimal expected =
        new BigDecimal("199.00")
            .multiply(BigDecimal.valueOf(term - days))
            .divide(BigDecimal.valueOf(term), 2, java.math.RoundingMode.HALF_UP);
    assertThat(Api.decimal(returned.json(), "returnedAmount"))
        .as("the refund on the return itself is pro rata over the term used")
        .isEqualByComparingTo(expected)
        .isLessThan(new BigDecimal("199.00"));
    JsonObject cancelled = consultant.get("service-contracts/" + id).json();
    assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.getBoolean("active")).isFalse();
    assertThat(Api.decimal(cancelled, "refund")).isEqualByComparingTo(expected);
    assertThat(ids(consultant.get("service-contracts?serial=" + serial))).isEmpty();
  }

  @Test
  void aReturnedPhoneEndsItsContractsWithoutRefundingThePlan() {
    long phone = device("PHONE", "2500.00");
    long warranty = planProduct("PHONE_EXT");
    String serial = serial();
    Api.Reply sold =
        sell(
            """
            {"lines":[{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CARD"}"""
                .formatted(phone, serial, warranty, serial));
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    long id = ids(consultant.get("service-contracts?serial=" + serial)).get(0);

    Api.Reply returned = returnLine(sold.json(), phone);
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
    assertThat(Api.decimal(returned.json(), "returnedAmount"))
        .as("the phone's price only: the plan stays paid")
        .isEqualByComparingTo("2500.00");
    JsonObject ended = consultant.get("service-contracts/" + id).json();
    assertThat(ended.getString("status")).isEqualTo("ENDED");
    assertThat(ended.getBoolean("active")).isFalse();
    assertThat(ended.containsKey("refund")).isFalse();
    assertThat(ids(consultant.get("service-contracts?serial=" + serial))).isEmpty();
  }

  @Test
  void checkoutRefusesAPlanWithoutSerialOrForAnIneligibleDeviceAtTheField() {
    long phone = device("PHONE", "1999.00");
    long notebook = device("NOTEBOOK", "4999.00");
    long screen = planProduct("PHONE_SCREEN");
    String serial = serial();

    Api.Reply noSerial =
        sell(
            """
            {"lines":[{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1}],"payment":"CASH"}"""
                .formatted(phone, serial, screen));
    assertThat(noSerial.status()).as(noSerial.toString()).isEqualTo(422);
    assertThat(noSerial.json().getString("code")).isEqualTo("services.planSerialRequired");
    assertThat(ServicePlansApiIT.fields(noSerial)).containsExactly("lines[1].serial");

    Api.Reply ineligible =
        sell(
            """
            {"lines":[{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CASH"}"""
                .formatted(notebook, serial, screen, serial));
    assertThat(ineligible.status()).as(ineligible.toString()).isEqualTo(422);
    assertThat(ineligible.json().getString("code")).isEqualTo("services.planNotEligible");
    assertThat(ServicePlansApiIT.fields(ineligible)).containsExactly("lines[1].productId");

    Api.Reply otherDevice =
        sell(
            """
            {"lines":[{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CASH"}"""
                .formatted(phone, serial, screen, serial + "X"));
    assertThat(otherDevice.status()).as(otherDevice.toString()).isEqualTo(422);
    assertThat(otherDevice.json().getString("code")).isEqualTo("services.planSerialNotInBasket");
    assertThat(ids(consultant.get("service-contracts?serial=" + serial)))
        .as("nothing was sold")
        .isEmpty();
  }

  private Api.Reply sell(String order) {
    return consultant.post("orders", order, "Idempotency-Key", UUID.randomUUID().toString());
  }

  private Api.Reply returnLine(JsonObject order, long productId) {
    return consultant.post(
        "orders/" + order.getJsonNumber("id") + "/returns",
        "{\"lines\":[{\"lineId\":%d,\"quantity\":1}]}"
            .formatted(line(order, productId).getJsonNumber("id").longValue()),
        "Idempotency-Key",
        UUID.randomUUID().toString());
  }

  private static JsonObject line(JsonObject order, long productId) {
    return order.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getJsonNumber("productId").longValue() == productId)
        .findFirst()
        .orElseThrow();
  }

  private long device(String category, String price) {
    return SalesFixture.device(manager, "SC", "Contract test device", category, price, "1000");
  }

  private long planProduct(String code) {
    return SalesFixture.planProduct(consultant, code);
  }

  private long customer() {
    return SalesFixture.walkIn(consultant, "保障顾客", "139");
  }

  private static String serial() {
    return SalesFixture.serial("SN");
  }

  private static List<Long> ids(Api.Reply reply) {
    return SalesFixture.items(reply).stream().map(c -> c.getJsonNumber("id").longValue()).toList();
  }
}
