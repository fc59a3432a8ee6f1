package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * The visit and phone-in registers entry by entry, for the manager (the totals are in {@link
 * CustomerReports#registers}).
 */
public interface RegisterEntries {
  /**
   * The caller's store's entries (head office: the chain's), newest first unless {@code
   * page.ascending()} asks oldest first. MANAGER or ADMIN.
   */
  Page<RegisterEntry> list(@NotNull @Valid RegisterEntryFilter filter, @NotNull PageRequest page);
}
