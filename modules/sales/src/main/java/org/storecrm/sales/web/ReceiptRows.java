package org.storecrm.sales.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.sales.OrderLineView;

/**
 * The receipt's rows: a line as it is; a gift pack as one row at the pack's price (the sum of its
 * components' split amounts) with its components listed under it, without their split prices.
 */
public final class ReceiptRows {
  private ReceiptRows() {}

  /**
   * One row of the receipt.
   *
   * @param pack a gift pack's row (its components follow as {@code component} rows)
   * @param component a component of the pack above: no prices of its own
   * @param line the order line (null for a pack row)
   */
  public record Row(
      boolean pack, boolean component, String packName, BigDecimal amount, OrderLineView line)
      implements Serializable {}

  public static List<Row> of(List<OrderLineView> lines) {
    Map<Long, List<OrderLineView>> packs = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    for (OrderLineView line : lines) {
      if (line.packId() == null) {
        order.add(line);
      } else {
        packs
            .computeIfAbsent(
                line.packId(),
                id -> {
                  order.add(id);
                  return new ArrayList<>();
                })
            .add(line);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Object item : order) {
      if (item instanceof OrderLineView line) {
        rows.add(new Row(false, false, null, line.netAmount(), line));
      } else {
        List<OrderLineView> parts = packs.get(item);
        BigDecimal total =
            parts.stream().map(OrderLineView::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        rows.add(new Row(true, false, parts.get(0).packName(), total, null));
        parts.forEach(p -> rows.add(new Row(false, true, p.packName(), null, p)));
      }
    }
    return rows;
  }
}
