package org.storecrm.sales;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * The counter: advice for a basket, submitting a sale, the store's orders and returns. Orders are
 * scoped to the caller's store (another store's order is not found).
 */
public interface Checkout {
  /** The suggestions of every {@link CheckoutAdvisor} plus step-ups for traffic products. */
  List<Suggestion> advice(@NotEmpty @Size(max = 100) List<@NotNull @Valid OrderLineInput> lines);

  /** The advice for a basket sold to this customer (null: a walk-in). */
  List<Suggestion> advice(
      Long customerId, @NotEmpty @Size(max = 100) List<@NotNull @Valid OrderLineInput> lines);

  /**
   * Sells: validates, checks discounts and credit, takes the stock and records the order in one
   * transaction. The same {@code idempotencyKey} (per user) again answers with the first order and
   * sells nothing; a null key makes every call a new order.
   */
  Submission submit(@NotNull @Valid NewOrder order, @Size(max = 100) String idempotencyKey);

  /**
   * Sells a gift pack as an order of its own (packs are offered after the main sale closes): one
   * line per component, the pack's price split by list-price share, every component's stock taken
   * (refused as out of stock when any is short). Idempotent like {@link #submit}.
   */
  Submission sellPack(@NotNull @Valid PackSale sale, @Size(max = 100) String idempotencyKey);

  OrderView get(long id);

  /** Newest first. */
  Page<OrderSummary> find(@NotNull OrderFilter filter, PageRequest page);

  /**
   * Takes goods back: restores stock and records the refund; the order itself stays. The same
   * {@code idempotencyKey} (per user) again answers the order and refunds nothing; the same key for
   * a different return is refused.
   */
  OrderView returnItems(
      long orderId, @NotNull @Valid ReturnRequest request, @Size(max = 100) String idempotencyKey);
}
