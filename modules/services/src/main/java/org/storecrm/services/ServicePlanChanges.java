package org.storecrm.services;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.storecrm.sales.Category;

/**
 * An edit of a plan (everything but its code and product); {@code active} false retires it (no
 * longer offered nor sold; its contracts stay). A stale {@code version} is refused.
 */
public record ServicePlanChanges(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 120) String nameZh,
    @NotNull CoverageKind coverage,
    @NotNull Boolean onSite,
    @Min(1) @Max(120) Integer termMonths,
    @NotNull @Min(1) @Max(100) Integer deviceLimit,
    @NotNull @Size(min = 1) Set<@NotNull Category> eligibleCategories,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal cost,
    boolean active,
    long version) {}
