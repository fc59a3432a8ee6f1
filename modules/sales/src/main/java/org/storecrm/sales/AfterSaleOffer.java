package org.storecrm.sales;

import java.util.List;

/**
 * The receipt SPI: modules above sales (bundles' gift packs) put a follow-up offer on the receipt
 * once the sale is closed, as links to their own screens. None present is normal.
 */
public interface AfterSaleOffer {
  /** Links for this order, labelled in the viewer's language; empty when there is nothing. */
  List<Link> offersAfter(OrderView order);

  /** A link: its text, the Faces view and its query (e.g. {@code orderId=42}). */
  record Link(String id, String label, String view, String query) {}
}
