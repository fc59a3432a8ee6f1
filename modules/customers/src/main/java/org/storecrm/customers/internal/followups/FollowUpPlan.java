package org.storecrm.customers.internal.followups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.storecrm.customers.IntentGrade;
import org.storecrm.customers.internal.CustomersSettings;

/**
 * When the next follow-up is due, from the rules of docs/domain.md ("Follow-ups") with the numbers
 * of {@link CustomersSettings}.
 */
@ApplicationScoped
public class FollowUpPlan {
  private final Map<IntentGrade, Duration> cadence = new EnumMap<>(IntentGrade.class);
  private Duration firstContact;
  private LocalTime confirmationTime;
  private Duration postSaleCallback;

  protected FollowUpPlan() {}

  @Inject
  FollowUpPlan(CustomersSettings settings) {
    this(
        settings::cadenceDays,
        settings.firstContactHours(),
        settings.appointmentConfirmTime(),
        settings.postSaleDays());
  }

  FollowUpPlan(
      ToIntFunction<IntentGrade> cadenceDays,
      int firstContactHours,
      LocalTime confirmationTime,
      int postSaleCallbackDays) {
    for (IntentGrade grade : IntentGrade.values()) {
      int days = cadenceDays.applyAsInt(grade);
      if (days < 1) {
        throw new IllegalArgumentException(
            "The cadence of grade " + grade + " must be a day or more");
      }
      cadence.put(grade, Duration.ofDays(days));
    }
    firstContact = Duration.ofHours(firstContactHours);
    this.confirmationTime = confirmationTime;
    postSaleCallback = Duration.ofDays(postSaleCallbackDays);
  }

  /** The follow-up after a contact (or a grade change) at {@code from}. */
  public Instant nextForGrade(IntentGrade grade, Instant from) {
    return from.plus(cadence.get(grade));
  }

  /** A newly assigned lead is first contacted within this time of its registration. */
  public Instant firstContactDue(Instant registeredAt) {
    return registeredAt.plus(firstContact);
  }

  /**
   * The confirmation call of a visit booked for {@code startsAt}: the day before at the configured
   * time, or at once when that is already past; none for a visit booked for today.
   */
  public Optional<Instant> appointmentConfirmationDue(Instant startsAt, Instant now, ZoneId zone) {
    LocalDate visitDay = startsAt.atZone(zone).toLocalDate();
    if (!visitDay.isAfter(now.atZone(zone).toLocalDate())) {
      return Optional.empty();
    }
    Instant dayBefore = visitDay.minusDays(1).atTime(confirmationTime).atZone(zone).toInstant();
    return Optional.of(dayBefore.isBefore(now) ? now : dayBefore);
  }

  /** The post-sale callback (回访) of a sale at {@code soldAt}. */
  public Instant postSaleCallbackDue(Instant soldAt) {
    return soldAt.plus(postSaleCallback);
  }

  Duration cadence(IntentGrade grade) {
    return cadence.get(grade);
  }
}
