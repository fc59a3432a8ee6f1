package org.storecrm.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A walk-in or caller who left no contact details still counts in the register. */
public record AnonymousVisit(
    @NotNull ContactKind kind,
    @Size(max = 200) String purpose,
    @NotBlank @Size(max = 200) String outcome) {}
