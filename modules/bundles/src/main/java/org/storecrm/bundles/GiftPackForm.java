package org.storecrm.bundles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.storecrm.sales.Category;

/** A new gift pack: at least two products, a price no higher than their list prices together. */
public record GiftPackForm(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 120) String nameZh,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
    Category forCategory,
    @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid Component> components) {

  public record Component(@NotNull Long productId, @Min(1) @Max(99) int quantity) {}
}
