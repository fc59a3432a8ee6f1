package org.storecrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A gift pack (礼包) sold as one line at its own price, for a module that maintains packs (bundles).
 * The order records one line per component: the pack's price is split across them by their list
 * price share, so each carries its margin, takes its stock and can be returned. The caller vouches
 * for the price (it is not a counter discount and needs no approval); it is not for REST clients.
 *
 * @param mainOrderId the main sale the pack is sold after (its receipt offered it), whose attach
 *     KPIs then count the pack's accessories as attached to it; null for a pack sold on its own
 * @param accountId the business account a pack sold on account credit is charged to; it passes the
 *     same credit check as any credit sale
 */
public record PackSale(
    Long customerId,
    @NotNull Long packId,
    @NotBlank @Size(max = 120) String packName,
    @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal price,
    @Min(1) @Max(99) int quantity,
    @NotEmpty @Size(max = 20) List<@NotNull @Valid Component> components,
    @NotNull Payment payment,
    Long storeId,
    Long mainOrderId,
    Long accountId) {

  /** One product of the pack, and how many of it one pack holds. */
  public record Component(@NotNull Long productId, @Min(1) @Max(99) int quantity) {}
}
