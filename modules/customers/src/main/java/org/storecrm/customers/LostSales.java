package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Why the store loses sales: the manager's lost-sale analysis. */
public interface LostSales {
  /**
   * The caller's store's lost sales recorded in the days {@code from} to {@code to} inclusive of
   * the store's calendar (head office: the chain's). MANAGER or ADMIN.
   */
  LostSaleAnalysis analyse(@NotNull LocalDate from, @NotNull LocalDate to);
}
