package org.storecrm.bundles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.storecrm.sales.Payment;
import org.storecrm.sales.Submission;

/**
 * Gift packs: managers define, change and retire them for the chain; store staff sell them after a
 * main sale closes (an order of its own, the pack's price split across its components for margin
 * and stock).
 */
public interface GiftPacks {
  /** Active packs, dearest first. */
  List<GiftPackView> packs();

  GiftPackView get(long id);

  /** Every pack, retired ones too, dearest first (managers and head office). */
  List<GiftPackView> all();

  GiftPackView create(@NotNull @Valid GiftPackForm form);

  /**
   * Changes a pack's name, price, category and components, or retires it ({@code active} false: it
   * is no longer offered or sold) and brings it back; a stale {@code version} is refused. A retired
   * pack may keep products that are off sale or a price above its list total.
   */
  GiftPackView update(long id, @NotNull @Valid GiftPackChanges changes);

  /** The packs to offer after this order: for its main categories, or for any. */
  List<GiftPackView> offersAfter(long orderId);

  /**
   * Sells packs; refused (409) when any component is short in the store. Sold after a main sale
   * ({@code mainOrderId}, from its receipt), the pack's accessories count for that sale's attach
   * KPIs; the sale must be one the caller sees (404 otherwise), of the same store and customer (or
   * a walk-in), with a main product kept and recent (422 otherwise). Idempotent like a sale: the
   * same key again answers the same order, marked repeated.
   */
  Submission sell(long packId, @NotNull @Valid Sale sale, @Size(max = 100) String idempotencyKey);

  /**
   * Who buys how many packs, and how they pay ({@code storeId} only for head office); {@code
   * mainOrderId} the main sale they follow, if any; {@code accountId} the business account a pack
   * on account credit is charged to (checked like any credit sale).
   */
  record Sale(
      Long customerId,
      @Min(1) @Max(99) Integer quantity,
      @NotNull Payment payment,
      Long storeId,
      Long mainOrderId,
      Long accountId) {}
}
