package org.storecrm.sales;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an order, with the prices and cost as they were at the sale. {@code netAmount} is
 * what the customer paid for the line; {@code margin} is net minus cost. A component of a gift pack
 * names its pack ({@code packId}, {@code packName}; null otherwise); {@code serials} are the
 * devices the line names.
 */
public record OrderLineView(
    long id,
    long productId,
    String sku,
    String name,
    String nameZh,
    Category category,
    int quantity,
    int returnedQuantity,
    BigDecimal listPrice,
    BigDecimal unitPrice,
    BigDecimal discount,
    BigDecimal netAmount,
    BigDecimal unitCost,
    BigDecimal margin,
    Long packId,
    String packName,
    List<String> serials) {

  public OrderLineView {
    serials = serials == null ? List.of() : List.copyOf(serials);
  }

  public String nameIn(boolean chinese) {
    return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
  }
}
