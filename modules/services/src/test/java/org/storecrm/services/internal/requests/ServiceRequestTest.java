package org.storecrm.services.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.RegionType;
import org.storecrm.services.RequestKind;
import org.storecrm.services.RequestPriority;
import org.storecrm.services.ServiceRequestView;

class ServiceRequestTest {
  private static final Instant DEADLINE = Instant.parse("2026-12-02T04:00:00Z");
  private static final Duration WARN = Duration.ofMinutes(30);
  private static final java.math.BigDecimal FEE = new java.math.BigDecimal("150.00");

  private static ServiceRequest request(RequestPriority priority) {
    ServiceRequest request =
        new ServiceRequest(
            1,
            7L,
            null,
            " SN1 ",
            RequestKind.ON_SITE,
            RegionType.CITY,
            " no picture ",
            null,
            DEADLINE.minus(Duration.ofHours(2)),
            "consultant",
            DEADLINE,
            priority);
    identify(request, 1L);
    return request;
  }

  /** The id the database would give: generated, so the entity has no setter. */
  static void identify(ServiceRequest request, long id) {
    try {
      Field field = ServiceRequest.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(request, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aNewRequestIsAuditedWithWhatItWasRegisteredWithBesideItsState() {
    ServiceRequest request = request(RequestPriority.BUSINESS);
    request.coveredBy(42L);
    assertThat(request.creationAuditState())
        .containsAllEntriesOf(request.auditState())
        .containsEntry("deviceSerial", request.deviceSerial())
        .containsEntry("kind", RequestKind.ON_SITE)
        .containsEntry("slaDeadline", DEADLINE)
        .containsEntry("priority", RequestPriority.BUSINESS)
        .containsEntry("covered", true);
    assertThat(request.auditState()).doesNotContainKey("deviceSerial");
  }

  @Test
  void theQueueRanksKeyAccountsThenBusinessThenTheRestAndDoneLast() {
    assertThat(request(RequestPriority.KEY_ACCOUNT).queueRank())
        .isLessThan(request(RequestPriority.BUSINESS).queueRank());
    assertThat(request(RequestPriority.BUSINESS).queueRank())
        .isLessThan(request(RequestPriority.STANDARD).queueRank());
    ServiceRequest done = request(RequestPriority.KEY_ACCOUNT);
    done.close(DEADLINE);
    assertThat(done.queueRank()).isGreaterThan(request(RequestPriority.STANDARD).queueRank());
  }

  @Test
  void aJobCostsTheFeeUnlessAContractCoversTheDevice() {
    ServiceRequest request = request(RequestPriority.STANDARD);
    assertThat(request.toView("x", false, DEADLINE, WARN, FEE).price())
        .isEqualByComparingTo("150.00");
    request.coveredBy(7L);
    ServiceRequestView covered = request.toView("x", false, DEADLINE, WARN, FEE);
    assertThat(covered.price()).isEqualByComparingTo("0");
    assertThat(covered.covered()).isTrue();
    assertThat(covered.contractId()).isEqualTo(7L);
    request.coveredBy(null);
    assertThat(request.covered()).isFalse();
    assertThat(request.toView("x", false, DEADLINE, WARN, FEE).price())
        .isEqualByComparingTo("150.00");
  }

  @Test
  void beforeTheWarningTimeARequestIsNeitherAtRiskNorLate() {
    ServiceRequestView view =
        request(RequestPriority.STANDARD)
            .toView("x", false, DEADLINE.minusSeconds(3600), WARN, FEE);
    assertThat(view.atRisk()).isFalse();
    assertThat(view.breached()).isFalse();
    assertThat(view.minutesLeft()).isEqualTo(60);
    assertThat(view.deviceSerial()).isEqualTo("SN1");
  }

  @Test
  void withinTheWarningTimeItIsAtRisk() {
    ServiceRequestView view =
        request(RequestPriority.STANDARD)
            .toView("x", false, DEADLINE.minusSeconds(1200), WARN, FEE);
    assertThat(view.atRisk()).isTrue();
    assertThat(view.breached()).isFalse();
  }

  @Test
  void pastTheDeadlineWithNobodyOnSiteItIsLateByTheMinutesSince() {
    ServiceRequestView view =
        request(RequestPriority.STANDARD)
            .toView("x", false, DEADLINE.plusSeconds(45 * 60), WARN, FEE);
    assertThat(view.breached()).isTrue();
    assertThat(view.atRisk()).isFalse();
    assertThat(view.breachedAt()).isEqualTo(DEADLINE);
    assertThat(view.breachMinutes()).isEqualTo(45);
  }

  @Test
  void anArrivalInTimeKeepsThePromiseAndStopsTheSweepsWatch() {
    ServiceRequest request = request(RequestPriority.STANDARD);
    request.arrive(DEADLINE.minusSeconds(60));
    assertThat(request.slaWatch()).isEqualTo(ServiceRequest.WATCH_NONE);
    ServiceRequestView later = request.toView("x", false, DEADLINE.plusSeconds(7200), WARN, FEE);
    assertThat(later.breached()).isFalse();
    assertThat(later.atRisk()).isFalse();
  }

  @Test
  void aLateArrivalIsLateByItsMinutesAndStaysWatchedForTheSweepToFlag() {
    ServiceRequest request = request(RequestPriority.STANDARD);
    request.arrive(DEADLINE.plusSeconds(20 * 60));
    assertThat(request.slaWatch()).isEqualTo(ServiceRequest.WATCH_ALL);
    ServiceRequestView view = request.toView("x", false, DEADLINE.plusSeconds(7200), WARN, FEE);
    assertThat(view.breached()).isTrue();
    assertThat(view.breachMinutes()).as("until the arrival, not until now").isEqualTo(20);
  }
}
