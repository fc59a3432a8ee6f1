package org.storecrm.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.ComplaintCategory;
import org.storecrm.customers.ComplaintChannel;
import org.storecrm.customers.ComplaintStatus;
import org.storecrm.platform.RuleViolationException;

/** A complaint's deadline (48 h by default), when it is overdue, and how it is resolved. */
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

    complaint.change(ComplaintStatus.IN_PROGRESS, "called the customer back", now, "consultant");
    assertThat(complaint.status).isEqualTo(ComplaintStatus.IN_PROGRESS);
    assertThat(complaint.resolvedAt).isNull();

    assertThatThrownBy(() -> complaint.change(ComplaintStatus.RESOLVED, "  ", now, "consultant"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            refused -> {
              assertThat(refused.kind()).isEqualTo(RuleViolationException.Kind.REFUSED);
              assertThat(refused.field()).isEqualTo("resolution");
              assertThat(refused.messageKey()).isEqualTo("error.complaint.resolutionRequired");
            });
    assertThat(complaint.status).isEqualTo(ComplaintStatus.IN_PROGRESS);

    complaint.change(ComplaintStatus.RESOLVED, " replaced the charger ", now, "manager");
    assertThat(complaint.resolution).isEqualTo("replaced the charger");
    assertThat(complaint.resolvedAt).isEqualTo(now);
    assertThat(complaint.resolvedBy).isEqualTo("manager");
    assertThat(complaint.overdue(now)).isFalse();

    assertThatThrownBy(() -> complaint.change(ComplaintStatus.OPEN, null, now, "manager"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            refused -> assertThat(refused.kind()).isEqualTo(RuleViolationException.Kind.CONFLICT));
  }

  @Test
  void theNumberToldToTheCustomerIsPadded() {
    assertThat(Complaint.number(150)).isEqualTo("TS00000150");
  }

  private Complaint complaint(Instant openedAt) {
    Customer customer = new Customer();
    customer.id = 7L;
    customer.storeId = 1L;
    return new Complaint(
        customer,
        ComplaintChannel.HOTLINE,
        ComplaintCategory.PRODUCT,
        "charger broke after a week",
        openedAt,
        "consultant",
        defaults.deadline(openedAt));
  }
}
