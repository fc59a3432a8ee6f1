package org.storecrm.sales.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.Category;
import org.storecrm.sales.OrderLineView;

class ReceiptRowsTest {
  @Test
  void aGiftPackIsOneRowAtThePackPriceWithItsComponentsUnderIt() {
    List<ReceiptRows.Row> rows =
        ReceiptRows.of(
            List.of(
                line(1, "CAM", "5999.00", null, null),
                line(2, "LENS", "225.00", 7L, "Photo pack"),
                line(3, "CLOTH", "75.00", 7L, "Photo pack")));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).pack()).isFalse();
    assertThat(rows.get(0).component()).isFalse();
    assertThat(rows.get(0).amount()).isEqualByComparingTo("5999.00");
    assertThat(rows.get(1).pack()).isTrue();
    assertThat(rows.get(1).packName()).isEqualTo("Photo pack");
    assertThat(rows.get(1).amount()).isEqualByComparingTo("300.00");
    assertThat(rows.subList(2, 4))
        .allSatisfy(
            r -> {
              assertThat(r.component()).isTrue();
              assertThat(r.amount()).as("no split price of its own").isNull();
            })
        .extracting(r -> r.line().sku())
        .containsExactly("LENS", "CLOTH");
  }

  private static OrderLineView line(
      long id, String sku, String amount, Long packId, String packName) {
    BigDecimal net = new BigDecimal(amount);
    return new OrderLineView(
        id,
        id,
        sku,
        sku,
        sku,
        Category.ACCESSORY,
        1,
        0,
        net,
        net,
        BigDecimal.ZERO,
        net,
        BigDecimal.ONE,
        net.subtract(BigDecimal.ONE),
        packId,
        packName,
        List.of());
  }
}
