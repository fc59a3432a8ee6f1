package org.storecrm.customers;

/**
 * What a sale and a return do to the buyer's card, carried out now, in the caller's transaction
 * (the sales module calls it while it places an order or takes goods back): the card and the sale
 * commit together or not at all, and a refusal here refuses the sale. A call, not an event: sales
 * needs it done before it commits, and customers, below sales, could not observe an event that
 * sales owns (see docs/architecture.md, "Calls and events").
 */
public interface CustomerPurchases {

  /**
   * The products go on the card, the buyer becomes an own-sold owner (a VIP stays VIP), their
   * intent cadence ends, and a post-sale callback is planned when a main product was bought.
   * Recording the same order twice changes nothing twice; an anonymous sale changes nothing.
   */
  void recordSale(Purchase sale);

  /** The refund and its margin come off the buyer's lifetime value. */
  void recordReturn(PurchaseReturn returned);
}
