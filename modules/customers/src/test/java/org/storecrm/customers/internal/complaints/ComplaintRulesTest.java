package org.storecrm.customers.internal.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.CompensationKind;
import org.storecrm.customers.ComplaintCategory;
import org.storecrm.customers.ComplaintChanges;
import org.storecrm.customers.ComplaintChannel;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.FollowUpStatus;
import org.storecrm.customers.RootCause;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.cards.PhoneNumbers;
import org.storecrm.customers.internal.followups.FollowUp;
import org.storecrm.platform.RuleViolationException;

/**
 * A complaint's deadline (48 h by default), when it is overdue, how it is resolved (resolution,
 * compensation, root cause), and the hotline complaint without a card.
 */
class ComplaintRulesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  private final ComplaintDeadlines defaults = new ComplaintDeadlines(48);

  @Test
  void theDeadlineIs48HoursAfterOpeningWeekendsIncluded() {
    Instant friday = Instant.parse("2026-11-27T09:30:00Z");
    assertThat(defaults.deadline(friday)).isEqualTo(Instant.parse("2026-11-29T09:30:00Z"));
    assertThat(defaults.deadline(CLOCK.instant()))
        .isEqualTo(CLOCK.instant().plus(Duration.ofHours(48)));
  }

  @Test
  void theDeadlineComesFromConfigurationAndMustBeAnHourOrMore() {
    assertThat(new ComplaintDeadlines(4).deadline(CLOCK.instant()))
        .isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
    assertThatThrownBy(() -> new ComplaintDeadlines(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("complaint-deadline-hours");
  }

  @Test
  void anUnresolvedComplaintIsOverdueOnlyOnceItsDeadlineHasPassed() {
    Instant now = CLOCK.instant();
    Instant deadline = now.minusSeconds(1);
    assertThat(ComplaintDeadlines.overdue(ComplaintStatus.OPEN, deadline, now)).isTrue();
    assertThat(ComplaintDeadlines.overdue(ComplaintStatus.IN_PROGRESS, deadline, now)).isTrue();
    assertThat(ComplaintDeadlines.overdue(ComplaintStatus.RESOLVED, deadline, now)).isFalse();
    assertThat(ComplaintDeadlines.overdue(ComplaintStatus.OPEN, now, now)).isFalse();
    assertThat(ComplaintDeadlines.overdue(ComplaintStatus.OPEN, now.plusSeconds(60), now))
        .isFalse();
  }

  @Test
  void resolvingNeedsAResolutionAndAResolvedComplaintIsClosed() {
    Complaint complaint = complaint(CLOCK.instant().minus(Duration.ofHours(50)));
    Instant now = CLOCK.instant();
    assertThat(complaint.overdue(now)).isTrue();

    complaint.change(change(ComplaintStatus.IN_PROGRESS, "called the customer back"), now, "c");
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);
    assertThat(complaint.resolvedAt()).isNull();

    assertThatThrownBy(
            () -> complaint.change(resolve("  ", CompensationKind.NONE, null), now, "consultant"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            refused -> {
              assertThat(refused.kind()).isEqualTo(RuleViolationException.Kind.REFUSED);
              assertThat(refused.field()).isEqualTo("resolution");
              assertThat(refused.messageKey()).isEqualTo("error.complaint.resolutionRequired");
            });
    assertThat(complaint.status()).isEqualTo(ComplaintStatus.IN_PROGRESS);

    assertThat(
            complaint.change(
                resolve(" replaced the charger ", CompensationKind.EXCHANGE, null), now, "manager"))
        .as("this change resolved it")
        .isTrue();
    assertThat(complaint.resolution()).isEqualTo("replaced the charger");
    assertThat(complaint.resolvedAt()).isEqualTo(now);
    assertThat(complaint.resolvedBy()).isEqualTo("manager");
    assertThat(complaint.overdue(now)).isFalse();

    assertThat(complaint.compensationKind()).isEqualTo(CompensationKind.EXCHANGE);
    assertThat(complaint.rootCause()).isEqualTo(RootCause.PRODUCT_DEFECT);
    assertThatThrownBy(() -> complaint.change(change(ComplaintStatus.OPEN, null), now, "manager"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            refused -> assertThat(refused.kind()).isEqualTo(RuleViolationException.Kind.CONFLICT));
  }

  @Test
  void theNumberToldToTheCustomerIsPadded() {
    assertThat(Complaint.number(150)).isEqualTo("TS00000150");
  }

  @Test
  void resolvingNeedsTheCompensationGivenAndTheRootCause() {
    Instant now = CLOCK.instant();
    Complaint complaint = complaint(now);
    refused(
        complaint,
        new ComplaintChanges(
            ComplaintStatus.RESOLVED,
            "sorted",
            null,
            0L,
            null,
            null,
            null,
            RootCause.SUPPLIER,
            null),
        "compensationKind",
        "error.complaint.compensationRequired");
    refused(
        complaint,
        new ComplaintChanges(
            ComplaintStatus.RESOLVED,
            "sorted",
            null,
            0L,
            CompensationKind.NONE,
            null,
            null,
            null,
            null),
        "rootCause",
        "error.complaint.rootCauseRequired");
    assertThat(complaint.status()).as("nothing was changed").isEqualTo(ComplaintStatus.OPEN);
    assertThat(complaint.resolvedAt()).isNull();

    assertThat(
            complaint.change(
                new ComplaintChanges(
                    ComplaintStatus.RESOLVED,
                    "refunded the difference",
                    null,
                    0L,
                    CompensationKind.REFUND,
                    new BigDecimal("150.00"),
                    null,
                    RootCause.PRICE_OR_PROMOTION,
                    null),
                now,
                "manager"))
        .isTrue();
    assertThat(complaint.compensationAmount()).isEqualByComparingTo("150");
    assertThat(complaint.rootCause()).isEqualTo(RootCause.PRICE_OR_PROMOTION);
  }

  @Test
  void moneyHasAnAmountAboveZeroAndNothingElseHasOne() {
    for (CompensationKind money : List.of(CompensationKind.REFUND, CompensationKind.VOUCHER)) {
      ruleRefuses(money, null, null, RootCause.SUPPLIER, null, "compensationAmount");
      ruleRefuses(money, BigDecimal.ZERO, null, RootCause.SUPPLIER, null, "compensationAmount");
      ComplaintResolutionRule.check(money, new BigDecimal("0.01"), null, RootCause.SUPPLIER, null);
    }
    for (CompensationKind kind :
        List.of(CompensationKind.NONE, CompensationKind.EXCHANGE, CompensationKind.REPAIR)) {
      ruleRefuses(kind, BigDecimal.TEN, null, RootCause.SUPPLIER, null, "compensationAmount");
      ComplaintResolutionRule.check(kind, null, null, RootCause.SUPPLIER, null);
    }
  }

  @Test
  void aGiftOrOtherCompensationAndAnOtherRootCauseSayWhat() {
    ruleRefuses(CompensationKind.GIFT, null, " ", RootCause.SUPPLIER, null, "compensationNote");
    ruleRefuses(CompensationKind.OTHER, null, null, RootCause.SUPPLIER, null, "compensationNote");
    ComplaintResolutionRule.check(
        CompensationKind.GIFT, null, "a screen film", RootCause.SUPPLIER, null);
    ruleRefuses(CompensationKind.NONE, null, null, RootCause.OTHER, "  ", "rootCauseNote");
    ComplaintResolutionRule.check(
        CompensationKind.NONE, null, null, RootCause.OTHER, "the courier lost the parcel");
  }

  @Test
  void aHotlineComplaintWithoutACardGoesByTheCallersName() {
    Complaint complaint =
        new Complaint(
            3L,
            null,
            "王先生",
            "13800001234",
            ComplaintChannel.HOTLINE,
            ComplaintCategory.SERVICE,
            "nobody came",
            CLOCK.instant(),
            "consultant",
            defaults.deadline(CLOCK.instant()));
    assertThat(complaint.customerId()).isNull();
    assertThat(complaint.storeId()).isEqualTo(3L);
    assertThat(complaint.contactName(null)).isEqualTo("王先生");
    assertThat(complaint.contactName("Card name")).isEqualTo("Card name");
    set(complaint, "id", 4L);
    FollowUp callback =
        FollowUp.aboutComplaint(
            complaint, FollowUpReason.COMPLAINT_CALLBACK, CLOCK.instant().plusSeconds(3600));
    assertThat(callback.customerId()).isNull();
    assertThat(callback.complaintId()).isEqualTo(4L);
    assertThat(callback.contactName()).isEqualTo("王先生");
    assertThat(callback.contactPhone()).isEqualTo("13800001234");
    assertThat(callback.consultantId()).as("the store manager's queue").isNull();
    assertThat(callback.storeId()).isEqualTo(3L);
    assertThat(callback.status()).isEqualTo(FollowUpStatus.OPEN);

    Complaint onCard = complaint(CLOCK.instant());
    set(onCard, "id", 5L);
    FollowUp onCardCallback =
        FollowUp.aboutComplaint(onCard, FollowUpReason.COMPLAINT_CALLBACK, CLOCK.instant());
    assertThat(onCardCallback.customerId()).isEqualTo(7L);
    assertThat(onCardCallback.contactPhone()).as("the card has the phone").isNull();
  }

  private static void refused(
      Complaint complaint, ComplaintChanges changes, String field, String key) {
    assertThatThrownBy(() -> complaint.change(changes, CLOCK.instant(), "manager"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            refused -> {
              assertThat(refused.kind()).isEqualTo(RuleViolationException.Kind.REFUSED);
              assertThat(refused.field()).isEqualTo(field);
              assertThat(refused.messageKey()).isEqualTo(key);
            });
  }

  private static void ruleRefuses(
      CompensationKind kind,
      BigDecimal amount,
      String note,
      RootCause cause,
      String causeNote,
      String field) {
    assertThatThrownBy(() -> ComplaintResolutionRule.check(kind, amount, note, cause, causeNote))
        .as("%s %s %s %s", kind, amount, note, cause)
        .isInstanceOfSatisfying(
            RuleViolationException.class, refused -> assertThat(refused.field()).isEqualTo(field));
  }

  private static ComplaintChanges change(ComplaintStatus status, String resolution) {
    return new ComplaintChanges(status, resolution, null, 0L, null, null, null, null, null);
  }

  private static ComplaintChanges resolve(
      String resolution, CompensationKind kind, BigDecimal amount) {
    return new ComplaintChanges(
        ComplaintStatus.RESOLVED,
        resolution,
        null,
        0L,
        kind,
        amount,
        null,
        RootCause.PRODUCT_DEFECT,
        null);
  }

  private Complaint complaint(Instant openedAt) {
    Customer customer =
        new Customer(1L, "王先生", PhoneNumbers.check("13800001234", null), openedAt, "ORDINARY");
    set(customer, "id", 7L);
    return new Complaint(
        1L,
        customer,
        null,
        null,
        ComplaintChannel.HOTLINE,
        ComplaintCategory.PRODUCT,
        "charger broke after a week",
        openedAt,
        "consultant",
        defaults.deadline(openedAt));
  }

  /** The id the database would give: generated, so the entity has no setter. */
  private static void set(Object entity, String name, Object value) {
    try {
      Field field = entity.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(entity, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
