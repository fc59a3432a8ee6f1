package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * The satisfaction screen's figures (issue 15), for MANAGER and ADMIN: store staff get their own
 * store, head office names one (another store is not found). The range covers at most 366 days.
 */
public interface SatisfactionReports {
  int MAX_DAYS = 366;

  SatisfactionReport report(Long storeId, @NotNull LocalDate from, @NotNull LocalDate to);

  /** The store's open recovery tasks, oldest due first. */
  Page<FollowUpView> openRecoveries(Long storeId, @NotNull PageRequest page);
}
