package org.storecrm.services.internal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.Category;
import org.storecrm.sales.OrderPlaced;
import org.storecrm.services.PlanOfferStatus;
import org.storecrm.services.PlanOfferView;

/** An after-sale plan offer as the sale opens it and the customer, a sale or a return closes it. */
class PlanOfferRecordTest {
  private static final Instant SOLD = Instant.parse("2026-11-02T02:00:00Z");
  private static final Instant LATER = Instant.parse("2026-11-09T02:00:00Z");

  private static OrderPlaced.Line line(String netAmount, int quantity) {
    return new OrderPlaced.Line(
        600, 1, 40, Category.NOTEBOOK, quantity, new BigDecimal(netAmount), List.of("SN1", "SN2"));
  }

  private static PlanOfferRecord offer(OrderPlaced.Line line) {
    OrderPlaced sale =
        new OrderPlaced(
            500, 1, 7L, null, 9, null, SOLD, line.netAmount(), null, List.of(line), List.of());
    return ContractRecordTest.identify(
        new PlanOfferRecord(sale, line, "SN1", List.of("GOLD", "HW_1Y")), 11L);
  }

  private static PlanOfferView view(PlanOfferRecord offer) {
    return offer.toView(List.of());
  }

  @Test
  void anOfferIsOpenForOneDeviceOfTheSaleAtTheLinesUnitPrice() {
    PlanOfferRecord offer = offer(line("10000.00", 3));
    PlanOfferView view = view(offer);
    assertThat(view.status()).isEqualTo(PlanOfferStatus.OPEN);
    assertThat(view.storeId()).isEqualTo(1L);
    assertThat(view.orderId()).isEqualTo(500L);
    assertThat(view.orderLineId()).isEqualTo(600L);
    assertThat(view.serial()).isEqualTo("SN1");
    assertThat(view.customerId()).isEqualTo(7L);
    assertThat(view.deviceProductId()).isEqualTo(40L);
    assertThat(view.soldAt()).isEqualTo(SOLD);
    assertThat(view.closedAt()).isNull();
    assertThat(offer.deviceCategory()).isEqualTo(Category.NOTEBOOK);
    assertThat(offer.devicePrice()).isEqualByComparingTo("3333.33");
    assertThat(offer.planCodes()).containsExactly("GOLD", "HW_1Y");
  }

  @Test
  void theUnitPriceRoundsToTheCentAndALineOfNoUnitsCountsAsOne() {
    assertThat(PlanOfferRecord.unitPrice(line("100.00", 3))).isEqualByComparingTo("33.33");
    assertThat(PlanOfferRecord.unitPrice(line("200.00", 3))).isEqualByComparingTo("66.67");
    assertThat(PlanOfferRecord.unitPrice(line("4999.00", 1))).isEqualByComparingTo("4999.00");
    assertThat(PlanOfferRecord.unitPrice(line("4999.00", 0))).isEqualByComparingTo("4999.00");
  }

  @Test
  void anOpenOfferIsDeclinedByWhoeverTurnedItDown() {
    PlanOfferRecord offer = offer(line("5000.00", 1));
    offer.decline(LATER, "consultant");
    PlanOfferView view = view(offer);
    assertThat(view.status()).isEqualTo(PlanOfferStatus.DECLINED);
    assertThat(view.closedAt()).isEqualTo(LATER);
    assertThat(view.closedBy()).isEqualTo("consultant");
    assertThat(offer.auditState())
        .containsEntry("status", PlanOfferStatus.DECLINED)
        .containsEntry("closedBy", "consultant");
  }

  @Test
  void anOfferNoLongerOpenIsNotDeclinedAndKeepsItsOutcome() {
    for (PlanOfferStatus outcome :
        List.of(PlanOfferStatus.ACCEPTED, PlanOfferStatus.RETURNED, PlanOfferStatus.DECLINED)) {
      PlanOfferRecord offer = offer(line("5000.00", 1));
      offer.close(outcome, SOLD, "system");
      assertThatThrownBy(() -> offer.decline(LATER, "consultant"))
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(RuleViolationException.Kind.CONFLICT);
                assertThat(e.messageKey()).isEqualTo("services.offerNotOpen");
                assertThat(e.field()).isNull();
              })
          .hasMessage("The plan offer is " + outcome + ", no longer open");
      assertThat(view(offer).status()).isEqualTo(outcome);
      assertThat(view(offer).closedAt()).isEqualTo(SOLD);
      assertThat(view(offer).closedBy()).isEqualTo("system");
    }
  }

  @Test
  void aSaleOrAReturnLaterInTheSameTransactionHasTheLastWord() {
    PlanOfferRecord offer = offer(line("5000.00", 1));
    offer.close(PlanOfferStatus.RETURNED, SOLD, "cashier");
    offer.close(PlanOfferStatus.ACCEPTED, LATER, "cashier");
    assertThat(view(offer).status()).isEqualTo(PlanOfferStatus.ACCEPTED);
    assertThat(view(offer).closedAt()).isEqualTo(LATER);
  }
}
