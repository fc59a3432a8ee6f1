package org.storecrm.sales.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.Category;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.internal.catalogue.ProductCsv;

/** The demo catalogue is data: the CSV reads through the import's format without a fault. */
class SalesDemoDataTest {

  @Test
  void theDemoCatalogueReadsThroughTheImportFormatWithoutAFault() {
    List<ProductCsv.Row> rows = SalesDemoData.catalogue();
    assertThat(rows).hasSize(64);
    assertThat(rows.stream().map(ProductCsv.Row::category).distinct())
        .containsExactlyInAnyOrder(Category.values());
    assertThat(rows).allMatch(r -> r.nameZh() != null && !r.nameZh().isBlank());
    // Stock for every stocked product, none for the service cards.
    assertThat(rows)
        .allMatch(r -> (r.onHand() != null) == r.category().isStocked(), "stock when stocked");
    // A traffic builder carries its per-store limit.
    assertThat(rows)
        .filteredOn(r -> r.pricingRole() == PricingRole.TRAFFIC)
        .isNotEmpty()
        .allMatch(r -> r.trafficLimit() != null);
  }

  @Test
  void theAccessoriesTheDemoChecklistsNameAreInIt() {
    List<String> skus = SalesDemoData.catalogue().stream().map(ProductCsv.Row::sku).toList();
    assertThat(skus)
        .contains("AC-SDXC-128", "AC-SDXC-64", "AC-CAM-BAG", "AC-FILM-PH", "AC-PWR-20K");
  }

  @Test
  void theRangeKeepsRoughlyToThePricingRoleMix() {
    List<ProductCsv.Row> rows =
        SalesDemoData.catalogue().stream().filter(r -> r.category() != Category.SERVICE).toList();
    Map<PricingRole, Long> byRole =
        rows.stream()
            .collect(Collectors.groupingBy(ProductCsv.Row::pricingRole, Collectors.counting()));
    assertThat(Arrays.stream(PricingRole.values())).allMatch(byRole::containsKey);
    assertThat(byRole.get(PricingRole.MAINSTREAM)).isGreaterThan(byRole.get(PricingRole.TRAFFIC));
  }
}
