package org.storecrm.services.internal.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storecrm.services.ContractStatus;
import org.storecrm.services.ContractView;
import org.storecrm.services.Coverage;
import org.storecrm.services.CoverageKind;

/** A contract as sold, cancelled with its plan, ended with its device, and shown. */
class ContractRecordTest {
  private static final LocalDate SOLD = LocalDate.of(2026, 3, 5);
  private static final int LIFETIME_MONTHS = 60;
  private static final ContractRecord.Sale SALE =
      new ContractRecord.Sale(1, 500, 7L, null, 9L, Instant.parse("2026-03-05T02:00:00Z"), SOLD);

  /** The id the database would give: generated, so the entities have no setter. */
  static <T> T identify(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ContractRecord contract(Integer termMonths, String price) {
    ServicePlanRecord plan = identify(ServicePlanRecordTest.gold(termMonths), 3L);
    return identify(new ContractRecord(SALE, plan, 600, "SN1", new BigDecimal(price)), 8L);
  }

  private static ContractView view(ContractRecord contract, LocalDate today) {
    return contract.toView(ServicePlanRecordTest.gold(12), today);
  }

  @Test
  void aContractRunsFromTheSaleForThePlansTermOrForLife() {
    ContractView view = view(contract(12, "365.00"), SOLD);
    assertThat(view.start()).isEqualTo(SOLD);
    assertThat(view.end()).isEqualTo(LocalDate.of(2027, 3, 4));
    assertThat(view.planId()).isEqualTo(3L);
    assertThat(view.orderId()).isEqualTo(500L);
    assertThat(view.orderLineId()).isEqualTo(600L);
    assertThat(view.customerId()).isEqualTo(7L);
    assertThat(view.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(view.active()).isTrue();
    assertThat(view.refund()).isNull();
    assertThat(view(contract(12, "365.00"), LocalDate.of(2027, 3, 5)).active()).isFalse();
    assertThat(view(contract(null, "100.00"), SOLD.plusYears(30)).end()).isNull();
  }

  @Test
  void theRefundIsTheUnusedShareAndChangesNothing() {
    ContractRecord contract = contract(12, "365.00");
    assertThat(contract.refundOn(SOLD, LIFETIME_MONTHS)).isEqualByComparingTo("365.00");
    assertThat(contract.refundOn(SOLD.plusDays(73), LIFETIME_MONTHS))
        .isEqualByComparingTo("292.00");
    assertThat(contract.refundOn(SOLD.plusYears(2), LIFETIME_MONTHS)).isEqualByComparingTo("0");
    assertThat(contract.auditState()).containsEntry("status", ContractStatus.ACTIVE);
  }

  @Test
  void aReturnedPlanIsCancelledWithItsRefundOnTheDay() {
    ContractRecord contract = contract(12, "365.00");
    LocalDate returned = SOLD.plusDays(73);
    contract.cancel(returned, LIFETIME_MONTHS);
    ContractView view = view(contract, returned);
    assertThat(view.status()).isEqualTo(ContractStatus.CANCELLED);
    assertThat(view.closedOn()).isEqualTo(returned);
    assertThat(view.refund()).isEqualByComparingTo("292.00");
    assertThat(view.active()).isFalse();
    assertThat(view(contract, returned.minusDays(1)).active()).isTrue();
  }

  @Test
  void aPlanReturnedAfterItsDeviceRefundsUpToTheDeviceAndKeepsThatDay() {
    ContractRecord contract = contract(12, "365.00");
    LocalDate deviceBack = SOLD.plusDays(73);
    contract.endWithDevice(deviceBack);
    assertThat(contract.auditState())
        .containsEntry("status", ContractStatus.ENDED)
        .containsEntry("closedOn", deviceBack)
        .containsEntry("refund", null);
    contract.cancel(deviceBack.plusDays(100), LIFETIME_MONTHS);
    assertThat(contract.auditState())
        .containsEntry("status", ContractStatus.CANCELLED)
        .containsEntry("closedOn", deviceBack)
        .containsEntry("refund", new BigDecimal("292.00"));
  }

  @Test
  void aLifetimePlanIsRefundedOverTheLifetimeMonths() {
    ContractRecord contract = contract(null, "1826.00");
    // 60 months from 5 March 2026: 1826 days, one day's share each
    assertThat(contract.refundOn(SOLD.plusDays(26), LIFETIME_MONTHS))
        .isEqualByComparingTo("1800.00");
  }

  @Test
  void itsCoverageNamesThePlanAndTheTerm() {
    Coverage coverage = contract(12, "365.00").coverage(ServicePlanRecordTest.gold(12));
    assertThat(coverage)
        .isEqualTo(
            new Coverage(
                8L, "GOLD", "Gold care", CoverageKind.FULL, true, SOLD, LocalDate.of(2027, 3, 4)));
  }
}
