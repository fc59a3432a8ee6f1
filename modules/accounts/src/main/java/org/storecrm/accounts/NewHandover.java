package org.storecrm.accounts;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A walk-in company buyer (a company customer of the store) handed to an account manager. */
public record NewHandover(
    @NotNull Long customerId, @NotNull Long accountManagerId, @Size(max = 500) String note) {}
