package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The manager's hand on who looks after which customers: bulk reassignment. */
public interface CustomerAssignments {
  /**
   * Moves the customers and their open follow-ups to the consultant; returns how many customers
   * moved. MANAGER or ADMIN.
   */
  int reassign(@NotNull @Valid Reassignment reassignment);
}
