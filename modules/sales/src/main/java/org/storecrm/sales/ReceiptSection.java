package org.storecrm.sales;

import java.util.List;
import java.util.Locale;

/**
 * The receipt SPI for printed sections: modules above sales (services' open plan offers) add a
 * titled block to the receipt itself, in the receipt's language (the customer's). Unlike {@link
 * AfterSaleOffer} links, it prints. None present is normal.
 */
public interface ReceiptSection {
  /** This order's blocks in {@code locale}; empty when there is nothing to print. */
  List<Block> sectionsFor(OrderView order, Locale locale);

  /**
   * A printed block.
   *
   * @param id unique on the page (an HTML id)
   * @param title its heading
   * @param lines one paragraph each
   */
  record Block(String id, String title, List<String> lines) {
    public Block {
      lines = List.copyOf(lines);
    }
  }
}
