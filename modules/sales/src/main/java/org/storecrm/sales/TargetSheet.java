package org.storecrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The targets of a month for some of a store's consultants and/or the store: each row replaces the
 * row of the same subject, rows not named stay. {@code storeId} only for head-office callers.
 */
public record TargetSheet(
    Long storeId, @NotEmpty @Size(max = 500) List<@NotNull @Valid TargetInput> targets) {}
