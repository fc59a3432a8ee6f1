package org.storecrm.services;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * The contracts sold plans became, in the caller's store (another store's contract is not found).
 * {@link ServiceCoverage} answers chain-wide what covers a device.
 */
public interface ServiceContracts {
  /** Newest first; sortable by start, serial. */
  Page<ContractView> find(@NotNull @Valid ContractFilter filter, PageRequest page);

  ContractView get(long id);
}
