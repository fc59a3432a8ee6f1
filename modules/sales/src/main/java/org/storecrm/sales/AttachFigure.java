package org.storecrm.sales;

import java.math.BigDecimal;

/**
 * What was sold with main products, for one store, seller, period and main category. Counted over
 * <em>main sales</em>: orders with at least one main-product line the customer kept; an order's
 * category is that of its first kept main line. Accessories are ACCESSORY and SOFTWARE lines; fully
 * returned lines no longer count, partly returned ones count what was kept. A gift pack sold after
 * a main sale ({@link PackSale#mainOrderId()}) counts as lines of that sale (its seller, its
 * period), not as an order of its own.
 *
 * <p>A figure without a category counts the seller's <em>accessory sales without a main
 * product</em> (e.g. a router a technician sells during an installation): orders with at least one
 * kept accessory and no kept main product. Its main and attached sales and checklist answers are
 * zero; {@code accessorySales} counts those orders.
 *
 * @param period the period's place in the boundaries asked for (0 = the first)
 * @param category the main category, or null for accessory sales without a main product
 * @param mainSales main sales
 * @param attachedSales main sales with at least one kept accessory
 * @param accessorySales orders with kept accessories and no main product (category null only)
 * @param accessoryUnits kept accessory units
 * @param accessoryMargin the kept accessories' margin
 * @param margin the kept margin of the orders counted (all lines)
 * @param accessoriesWithoutProfit kept accessory lines sold at no margin or a loss
 * @param offered checklist accessories answered OFFERED (offered, no decision recorded)
 * @param accepted answered ACCEPTED
 * @param declined answered DECLINED (offered, the customer said no)
 * @param notOffered never answered (the consultant forgot to offer)
 */
public record AttachFigure(
    long storeId,
    long consultantId,
    int period,
    Category category,
    long mainSales,
    long attachedSales,
    long accessorySales,
    long accessoryUnits,
    BigDecimal accessoryMargin,
    BigDecimal margin,
    long accessoriesWithoutProfit,
    long offered,
    long accepted,
    long declined,
    long notOffered) {

  /** Whether an order line of this category counts as an accessory sold with a main product. */
  public static boolean isAccessory(Category category) {
    return category == Category.ACCESSORY || category == Category.SOFTWARE;
  }

  /** Whether this figure counts accessories sold without a main product. */
  public boolean withoutMainProduct() {
    return category == null;
  }
}
