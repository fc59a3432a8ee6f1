package org.storecrm.services;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.storecrm.sales.Category;

/**
 * A new service plan.
 *
 * @param termMonths months of cover from the sale; null for a lifetime plan
 * @param deviceLimit how many devices one sale of the plan covers (10 for the business cards)
 * @param eligibleCategories the main-product categories the plan is sold with
 * @param productId an existing SERVICE product to sell it through; null creates one
 */
public record ServicePlanForm(
    @NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z][A-Za-z0-9_-]*") String code,
    @NotBlank @Size(max = 120) String name,
    @Size(max = 120) String nameZh,
    @NotNull CoverageKind coverage,
    @NotNull Boolean onSite,
    @Min(1) @Max(120) Integer termMonths,
    @NotNull @Min(1) @Max(100) Integer deviceLimit,
    @NotNull @Size(min = 1) Set<@NotNull Category> eligibleCategories,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal cost,
    Long productId) {}
