package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The registers' entries that left no details (walk-ins and calls). */
public interface AnonymousVisits {
  /** Registers a walk-in or call that left no details (it lowers the registration rate). */
  void log(@NotNull @Valid AnonymousVisit visit);
}
