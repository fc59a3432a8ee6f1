package org.storecrm.customers.internal.followups;

import jakarta.ejb.EJBException;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.storecrm.customers.internal.Failures;

/**
 * The dedupe keys the sweep gives its tasks. A unique index on (customer, key) holds each to one
 * task, so a rerun, or two runs racing on two instances, cannot open a task twice: one per customer
 * and year for a birthday, per customer and month for the VIP contact, per complaint for an
 * escalation.
 */
public final class SweepKeys {
  private static final Logger LOG = Logger.getLogger(SweepKeys.class.getName());

  private SweepKeys() {}

  static String birthday(LocalDate today) {
    return "BIRTHDAY:" + today.getYear();
  }

  static String vipMonth(LocalDate today) {
    return "VIP:" + today.getYear() + "-" + today.getMonthValue();
  }

  /** A member-care contact of the tier sweep: one per customer and day at most. */
  public static String memberCare(LocalDate today) {
    return "MEMBER:" + today;
  }

  /**
   * One greeting per customer, holiday and the holiday's own year ({@code
   * HOLIDAY:MID_AUTUMN:2026}).
   */
  static String holiday(String nameKey, int year) {
    return "HOLIDAY:" + nameKey + ":" + year;
  }

  static String complaint(long complaintId) {
    return "COMPLAINT:" + complaintId;
  }

  static String complaintCallback(long complaintId) {
    return "COMPLAINT_CALLBACK:" + complaintId;
  }

  /**
   * Whether a run failed because a concurrent run (another instance's timer, an administrator)
   * wrote the same task or flag first: a unique key's violation or a stale versioned update. Such a
   * run is simply repeated: it then finds the other's tasks and adds nothing.
   */
  static boolean lostToAConcurrentRun(Throwable failure) {
    return Failures.isUniqueViolation(failure) || Failures.isStaleUpdate(failure);
  }

  /**
   * Runs a sweep, repeating it (up to {@code attempts} runs in all) while it loses to a concurrent
   * run: the repeat finds the other run's work and adds nothing.
   */
  public static <T> T repeatingLostRaces(String sweep, int attempts, Supplier<T> run) {
    for (int attempt = 1; ; attempt++) {
      try {
        return run.get();
      } catch (EJBException e) {
        if (attempt >= attempts || !lostToAConcurrentRun(e)) {
          throw e;
        }
        int failed = attempt;
        LOG.info(() -> sweep + " met a concurrent run (attempt " + failed + "), repeating");
      }
    }
  }
}
