package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * The holiday table the follow-up sweep greets base and VIP customers from (one date per holiday
 * and year). Everyone reads it; administrators change it.
 */
public interface Holidays {
  /** The holidays of a year (every year when null), by date. */
  Page<Holiday> list(Integer year, @NotNull PageRequest page);

  Holiday get(long id);

  /** Adds a holiday; a second date for the same holiday and year is refused (409). */
  Holiday add(@NotNull @Valid HolidayEntry entry);

  /** Changes a holiday's name or date; a stale version is refused. */
  Holiday change(long id, @NotNull @Valid HolidayEntry entry);

  /** Removes a holiday; greetings already opened stay. */
  void remove(long id);
}
