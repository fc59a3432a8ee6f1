package org.storecrm.bundles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.storecrm.sales.Category;

/**
 * An edit of a gift pack: every field of {@link GiftPackForm}, whether it is on sale ({@code
 * active}; false retires it), and the {@code version} that was read.
 */
public record GiftPackChanges(
    @NotBlank @Size(max = 120) String name,
    @Size(max = 120) String nameZh,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
    Category forCategory,
    @NotNull @Size(min = 2, max = 20) List<GiftPackForm.@NotNull @Valid Component> components,
    boolean active,
    long version) {}
