package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * What a store manager reads about customers, for the caller's store (head office: all stores).
 * Reads only: reassignment is {@link CustomerAssignments}, an anonymous register entry {@link
 * AnonymousVisits}.
 */
public interface CustomerReports {
  /** Every intent customer; sortable by nextFollowUpDue, lastContactAt, name, grade. */
  Page<IntentStatusRow> intentStatus(@NotNull IntentStatusFilter filter, PageRequest page);

  /** Open, due-today and overdue follow-ups per consultant (unassigned tasks under null). */
  List<ConsultantLoad> consultantLoad();

  /** Register entries with and without details, per day of the store's calendar, inclusive. */
  List<RegisterDay> registers(@NotNull LocalDate from, @NotNull LocalDate to);

  /** Customers registered in the period per source, with how many were reached, bought, lost. */
  List<SourceFunnel> funnelBySource(@NotNull LocalDate from, @NotNull LocalDate to);

  /** The store's buyers with their value and RFM tiers, by lifetime margin, highest first. */
  Page<CustomerValueRow> customerValue(PageRequest page);

  /** The store's buyers in ten equal groups by margin, with the cumulative margin share. */
  List<ValueDecile> pareto();

  /**
   * Per consultant of the store (one who did or holds anything), the customer-side activity in the
   * days {@code from} to {@code to} inclusive of the store's calendar. Another store is not found.
   */
  List<ConsultantActivity> consultantActivity(
      long storeId, @NotNull LocalDate from, @NotNull LocalDate to);
}
