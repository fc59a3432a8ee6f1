package org.storecrm.sales;

import java.math.BigDecimal;

/**
 * What was sold with main products, for one store, consultant and main category over a period.
 * Counted over <em>main sales</em>: orders with at least one main-product line the customer kept;
 * an order's category is that of its first kept main line. Accessories are ACCESSORY and SOFTWARE
 * lines; fully returned lines no longer count, partly returned ones count what was kept.
 *
 * @param mainSales main sales
 * @param attachedSales main sales with at least one kept accessory
 * @param accessoryUnits kept accessory units
 * @param accessoryMargin the kept accessories' margin
 * @param margin the kept margin of the main sales' orders (all lines)
 * @param accessoriesWithoutProfit kept accessory lines sold at no margin or a loss
 * @param offered checklist accessories answered OFFERED (offered, no decision recorded)
 * @param accepted answered ACCEPTED
 * @param declined answered DECLINED (offered, the customer said no)
 * @param notOffered never answered (the consultant forgot to offer)
 */
public record AttachFigure(
    long storeId,
    long consultantId,
    Category category,
    long mainSales,
    long attachedSales,
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
}
