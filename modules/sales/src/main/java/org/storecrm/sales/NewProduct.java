package org.storecrm.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product for the catalogue. {@code name} is the English name, {@code nameZh} the Chinese one;
 * {@code trafficLimit} is the number of units each store may sell of a TRAFFIC product.
 */
public record NewProduct(
    @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String sku,
    @NotBlank @Size(max = 120) String name,
    @Size(max = 120) String nameZh,
    @Size(max = 60) String brand,
    @NotNull Category category,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal cost,
    @NotNull PricingRole pricingRole,
    @NotNull LifecyclePhase phase,
    LocalDate launchedOn,
    @Min(1) Integer trafficLimit) {}
