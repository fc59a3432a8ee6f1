package org.storecrm.accounts.internal.receivables;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The calendar of an invoice: due {@code terms} days after the day of the sale; overdue from the
 * day after the due date (paid on the due date is on time); the reminder due {@code daysBefore}
 * days before the due date (never before the invoice was issued).
 */
public final class DueDates {
  private DueDates() {}

  public static LocalDate due(LocalDate issuedOn, int terms) {
    return issuedOn.plusDays(terms);
  }

  public static boolean overdue(LocalDate dueOn, LocalDate today) {
    return today.isAfter(dueOn);
  }

  /** Days past the due date; 0 while not overdue. */
  public static long daysOverdue(LocalDate dueOn, LocalDate today) {
    return Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
  }

  /** The reminder is due from this day on (and sent only while the invoice is still open). */
  public static LocalDate reminderFrom(LocalDate dueOn, int daysBefore) {
    return dueOn.minusDays(daysBefore);
  }

  /** The last due date whose invoices are overdue today. */
  public static LocalDate overdueIfDueBefore(LocalDate today) {
    return today;
  }
}
