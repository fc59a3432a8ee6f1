package org.storecrm.sales;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An edit of a product (everything but the SKU); a stale {@code version} is refused. */
public record ProductChanges(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 120) String nameZh,
    @Size(max = 60) String brand,
    @NotNull Category category,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal cost,
    @NotNull PricingRole pricingRole,
    @NotNull LifecyclePhase phase,
    LocalDate launchedOn,
    @Min(1) Integer trafficLimit,
    boolean active,
    long version) {}
