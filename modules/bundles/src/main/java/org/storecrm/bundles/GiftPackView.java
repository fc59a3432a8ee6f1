package org.storecrm.bundles;

import java.math.BigDecimal;
import java.util.List;
import org.storecrm.sales.Category;

/**
 * A gift pack (礼包): products sold together as one line at the pack's price, offered after a main
 * sale of {@code forCategory} (null: after any). {@code listTotal} is what the components cost one
 * by one; {@code available} says whether every component is in stock in the caller's store.
 */
public record GiftPackView(
    long id,
    String name,
    String nameZh,
    BigDecimal price,
    Category forCategory,
    boolean active,
    List<Component> components,
    BigDecimal listTotal,
    boolean available,
    long version) {

  public String nameIn(boolean chinese) {
    return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
  }

  /** One product of the pack, with its list price and the store's stock (null: unknown). */
  public record Component(
      long productId,
      String sku,
      String name,
      String nameZh,
      int quantity,
      BigDecimal listPrice,
      Integer onHand) {
    public String nameIn(boolean chinese) {
      return chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name;
    }
  }
}
