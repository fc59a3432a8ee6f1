package org.storecrm.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The plan offer stays open after the sale: a phone sold without a plan (and without the customer
 * declining it at the counter) leaves one open offer listed for its customer with the phone plans
 * and their price per day; a phone sold with a plan, or whose plan was declined at the counter,
 * leaves none; declining closes it once (then 409); the phone's return closes it; a plan sold later
 * for the phone accepts it and becomes its contract; another store's staff get 404, a role without
 * rights 403.
 */
@SystemTest
class PlanOffersApiIT {
  private final Api manager;
  private final Api consultant;
  private final Api tech;
  private final Api accounts;
  private final Api plazaConsultant;

  PlanOffersApiIT(URI base) {
    manager = Api.as(base, "manager", "demo");
    consultant = Api.as(base, "consultant", "demo");
    tech = Api.as(base, "tech", "demo");
    accounts = Api.as(base, "accounts", "demo");
    plazaConsultant = Api.as(base, "plaza.consultant", "demo");
  }

  @Test
  void aPhoneSoldWithoutAPlanLeavesOneOpenOfferThatDecliningClosesOnce() {
    long phone = phone();
    long customer = customer();
    String serial = serial();
    Api.Reply sold =
        sell(
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CASH"}"""
                .formatted(customer, phone, serial));
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);

    List<JsonObject> open = items(consultant.get(openOffersOf(customer)));
    assertThat(open).hasSize(1);
    JsonObject offer = open.get(0);
    long id = offer.getJsonNumber("id").longValue();
    assertThat(offer.getString("serial")).isEqualTo(serial);
    assertThat(offer.getString("status")).isEqualTo("OPEN");
    assertThat(offer.getJsonNumber("orderId").longValue())
        .isEqualTo(sold.json().getJsonNumber("id").longValue());
    List<JsonObject> plans = offer.getJsonArray("plans").getValuesAs(JsonObject.class);
    assertThat(plans)
        .extracting(p -> p.getString("code"))
        .containsExactly("PHONE_EXT", "PHONE_SCREEN");
    JsonObject screen = plans.get(1);
    assertThat(Api.decimal(screen, "price")).isEqualByComparingTo("199.00");
    assertThat(Api.decimal(screen, "perDay"))
        .as("199 over a year of cover")
        .isGreaterThan(new BigDecimal("0.50"))
        .isLessThan(new BigDecimal("0.60"));
    assertThat(screen.getString("reason"))
        .contains("¥" + Api.decimal(screen, "perDay").toPlainString());
    assertThat(tech.get("plan-offers/" + id).status()).isEqualTo(200);

    assertThat(plazaConsultant.get("plan-offers/" + id).status())
        .as("another store's offer")
        .isEqualTo(404);
    assertThat(plazaConsultant.post("plan-offers/" + id + "/decline", "").status())
        .as("another store's offer")
        .isEqualTo(404);
    assertThat(items(plazaConsultant.get(openOffersOf(customer)))).isEmpty();
    assertThat(accounts.get(openOffersOf(customer)).status())
        .as("an account manager does not offer plans")
        .isEqualTo(403);
    assertThat(accounts.post("plan-offers/" + id + "/decline", "").status()).isEqualTo(403);
    assertThat(consultant.get("plan-offers/" + id).json().getString("status"))
        .as("nothing changed by the refused calls")
        .isEqualTo("OPEN");

    Api.Reply declined = tech.post("plan-offers/" + id + "/decline", "");
    assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
    assertThat(declined.json().getString("status")).isEqualTo("DECLINED");
    assertThat(declined.json().getString("closedBy")).isEqualTo("tech");
    assertThat(items(consultant.get(openOffersOf(customer)))).isEmpty();
    Api.Reply again = consultant.post("plan-offers/" + id + "/decline", "");
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().getString("code")).isEqualTo("services.offerNotOpen");
  }

  @Test
  void aPhoneSoldWithAPlanOrWhosePlanWasDeclinedAtTheCounterLeavesNoOffer() {
    long phone = phone();
    long warranty = planProduct("PHONE_EXT");
    long customer = customer();
    String covered = serial();
    Api.Reply withPlan =
        sell(
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1,"serial":"%s"},{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CARD"}"""
                .formatted(customer, phone, covered, warranty, covered));
    assertThat(withPlan.status()).as(withPlan.toString()).isEqualTo(201);
    Api.Reply declinedAtCounter =
        sell(
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1,"serial":"%s"}],"checklist":[{"code":"svc:PHONE_SCREEN:%d","outcome":"DECLINED"}],"payment":"CARD"}"""
                .formatted(customer, phone, serial(), phone));
    assertThat(declinedAtCounter.status()).as(declinedAtCounter.toString()).isEqualTo(201);

    assertThat(items(consultant.get("plan-offers?customerId=" + customer))).isEmpty();
    assertThat(items(consultant.get("plan-offers?serial=" + covered))).isEmpty();
  }

  @Test
  void theReturnOfThePhoneClosesItsOffer() {
    long phone = phone();
    long customer = customer();
    Api.Reply sold =
        sell(
            """
            {"customerId":%d,"lines":[{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CASH"}"""
                .formatted(customer, phone, serial()));
    assertThat(sold.status()).as(sold.toString()).isEqualTo(201);
    long id = items(consultant.get(openOffersOf(customer))).get(0).getJsonNumber("id").longValue();

    JsonObject line = sold.json().getJsonArray("lines").getJsonObject(0);
    Api.Reply returned =
        consultant.post(
            "orders/" + sold.json().getJsonNumber("id") + "/returns",
            "{\"lines\":[{\"lineId\":%d,\"quantity\":1}]}"
                .formatted(line.getJsonNumber("id").longValue()),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(returned.status()).as(returned.toString()).isEqualTo(200);

    assertThat(items(consultant.get(openOffersOf(customer)))).isEmpty();
    assertThat(consultant.get("plan-offers/" + id).json().getString("status"))
        .isEqualTo("RETURNED");
    assertThat(consultant.post("plan-offers/" + id + "/decline", "").status()).isEqualTo(409);
  }

  @Test
  void aPlanSoldLaterForTheOfferedPhoneAcceptsTheOfferAndCoversThePhone() {
    long phone = phone();
    long screen = planProduct("PHONE_SCREEN");
    long customer = customer();
    String serial = serial();
    assertThat(
            sell("""
                {"customerId":%d,"lines":[{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CASH"}"""
                    .formatted(customer, phone, serial))
                .status())
        .isEqualTo(201);
    long id = items(consultant.get(openOffersOf(customer))).get(0).getJsonNumber("id").longValue();
    String planOnly =
        """
        {"customerId":%d,"lines":[{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CARD"}""";

    Api.Reply unknownDevice =
        tech.post(
            "orders",
            planOnly.formatted(customer, screen, serial() + "X"),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(unknownDevice.status()).as(unknownDevice.toString()).isEqualTo(422);
    assertThat(unknownDevice.json().getString("code")).isEqualTo("services.planNotEligible");
    // The plaza store did not sell the phone: its offer is not theirs to sell against.
    Api.Reply otherStore =
        plazaConsultant.post(
            "orders",
            """
            {"lines":[{"productId":%d,"quantity":1,"serial":"%s"}],"payment":"CARD"}"""
                .formatted(screen, serial),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(otherStore.status()).as(otherStore.toString()).isEqualTo(422);
    assertThat(otherStore.json().getString("code")).isEqualTo("services.planNotEligible");
    assertThat(consultant.get("plan-offers/" + id).json().getString("status")).isEqualTo("OPEN");

    // The technician sells it on site: credited to them, the offer accepted.
    Api.Reply planSale =
        tech.post(
            "orders",
            planOnly.formatted(customer, screen, serial),
            "Idempotency-Key",
            UUID.randomUUID().toString());
    assertThat(planSale.status()).as(planSale.toString()).isEqualTo(201);
    JsonObject accepted = consultant.get("plan-offers/" + id).json();
    assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.getString("closedBy")).isEqualTo("tech");
    List<JsonObject> contracts = items(consultant.get("service-contracts?serial=" + serial));
    assertThat(contracts).hasSize(1);
    assertThat(contracts.get(0).getString("planCode")).isEqualTo("PHONE_SCREEN");
    assertThat(items(consultant.get(openOffersOf(customer)))).isEmpty();
  }

  private static String openOffersOf(long customer) {
    return "plan-offers?status=OPEN&customerId=" + customer;
  }

  private Api.Reply sell(String order) {
    return consultant.post("orders", order, "Idempotency-Key", UUID.randomUUID().toString());
  }

  private long phone() {
    return SalesFixture.device(manager, "PO", "Offer test phone", "PHONE", "2999.00", "2000");
  }

  private long planProduct(String code) {
    return SalesFixture.planProduct(consultant, code);
  }

  private long customer() {
    return SalesFixture.walkIn(consultant, "推荐顾客", "137");
  }

  private static String serial() {
    return SalesFixture.serial("PO");
  }

  private static List<JsonObject> items(Api.Reply reply) {
    return SalesFixture.items(reply);
  }
}
