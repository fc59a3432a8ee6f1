package org.storecrm.bundles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.storecrm.bundles.ChecklistEntryView;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.PricingRole;
import org.storecrm.sales.ProductView;

class AdviceRankingTest {
  private static final ProductView CARD_128 = product(1, "CARD-128", "199", "100", 5);
  private static final ProductView CARD_64 = product(2, "CARD-64", "99", "52", 5);
  private static final ProductView BAG = product(3, "BAG", "299", "150", 0);
  private static final ProductView BATTERY = product(4, "BAT", "399", "220", 3);
  private static final ProductView FILTER = product(5, "UV", "159", "80", 2);
  private static final ProductView READER = product(6, "READER", "69", "30", 9);
  private static final ProductView WARRANTY = service(7, "EXT-2Y", "299", "60");

  private static final Map<Long, ProductView> PRODUCTS =
      Stream.of(CARD_128, CARD_64, BAG, BATTERY, FILTER, READER, WARRANTY)
          .collect(Collectors.toMap(ProductView::id, Function.identity()));

  private static final ChecklistEntryView CARDS = entry(10, 1, null, 1, 2);
  private static final ChecklistEntryView BAGS = entry(11, 2, null, 3);
  private static final ChecklistEntryView BATTERIES = entry(12, 3, "Canon", 4);
  private static final ChecklistEntryView FILTERS = entry(13, 4, null, 5);
  private static final ChecklistEntryView READERS = entry(14, 5, null, 6);

  @Test
  void inStockFirstThenByMarginThenTheManagersOrder() {
    var ranked =
        AdviceRanking.rank(
            List.of(CARDS, BAGS, BATTERIES, FILTERS, READERS),
            "Canon",
            PRODUCTS,
            Set.of(),
            Set.of(),
            Set.of());
    // margins: battery 179, card 128GB 99, filter 79, reader 39; the bag (149) is out of stock.
    assertThat(ranked).extracting(r -> r.entry().id()).containsExactly(12L, 10L, 13L, 14L, 11L);
    assertThat(ranked.get(1).product()).isEqualTo(CARD_128);
    assertThat(ranked.get(4).inStock()).isFalse();
  }

  @Test
  void aFamilyOfferedPicksTheInStockMemberWithTheBestMargin() {
    ProductView soldOut = product(1, "CARD-128", "199", "100", 0);
    Map<Long, ProductView> products = Map.of(1L, soldOut, 2L, CARD_64);
    var ranked = AdviceRanking.rank(List.of(CARDS), null, products, Set.of(), Set.of(), Set.of());
    assertThat(ranked).singleElement().satisfies(r -> assertThat(r.product()).isEqualTo(CARD_64));
  }

  @Test
  void brandEntriesFitOnlyThatBrand() {
    var ranked =
        AdviceRanking.rank(
            List.of(BATTERIES, FILTERS), "Sony", PRODUCTS, Set.of(), Set.of(), Set.of());
    assertThat(ranked).extracting(r -> r.entry().id()).containsExactly(13L);
  }

  @Test
  void aFamilyBoughtRecentlyIsLeftOutAndOneOwnedEarlierGoesAfterTheOthers() {
    var ranked =
        AdviceRanking.rank(
            List.of(CARDS, BATTERIES, FILTERS, READERS),
            "Canon",
            PRODUCTS,
            Set.of("CARD-64"),
            Set.of("CARD-64", "BAT"),
            Set.of());
    assertThat(ranked).extracting(r -> r.entry().id()).containsExactly(13L, 14L, 12L);
    assertThat(ranked.get(2).owned()).isTrue();
  }

  @Test
  void aMemberAlreadyInTheBasketIsTheOneNamedEvenIfBoughtRecentlyOrNotTheBest() {
    // The consultant typed the 64 GB card's SKU: the entry names it, not the 128 GB card (better
    // margin), so accepting it adds no second card; the bag, not in the basket, is unchanged.
    var ranked =
        AdviceRanking.rank(
            List.of(CARDS, BAGS), null, PRODUCTS, Set.of("CARD-64"), Set.of(), Set.of(2L, 99L));
    assertThat(ranked)
        .extracting(r -> r.entry().id() + "=" + r.product().sku())
        .containsExactly("10=CARD-64", "11=BAG");
    // Without it in the basket, the family bought recently is left out as before.
    assertThat(
            AdviceRanking.rank(
                List.of(CARDS, BAGS), null, PRODUCTS, Set.of("CARD-64"), Set.of(), Set.of()))
        .extracting(r -> r.entry().id())
        .containsExactly(11L);
  }

  @Test
  void servicesHaveNoStockAndCountAsAvailable() {
    ChecklistEntryView warranty = entry(15, 6, null, 7);
    var ranked =
        AdviceRanking.rank(List.of(BAGS, warranty), null, PRODUCTS, Set.of(), Set.of(), Set.of());
    assertThat(ranked).extracting(r -> r.entry().id()).containsExactly(15L, 11L);
  }

  private static ChecklistEntryView entry(long id, int position, String brand, long... products) {
    return new ChecklistEntryView(
        id,
        Category.CAMERA,
        position,
        "family " + id,
        null,
        "talk",
        null,
        brand,
        java.util.Arrays.stream(products).boxed().toList(),
        0);
  }

  private static ProductView product(long id, String sku, String price, String cost, int onHand) {
    return new ProductView(
        id,
        sku,
        sku,
        null,
        null,
        Category.ACCESSORY,
        new BigDecimal(price),
        new BigDecimal(cost),
        PricingRole.MAINSTREAM,
        LifecyclePhase.PLATEAU,
        null,
        null,
        true,
        onHand,
        0,
        0);
  }

  private static ProductView service(long id, String sku, String price, String cost) {
    return new ProductView(
        id,
        sku,
        sku,
        null,
        null,
        Category.SERVICE,
        new BigDecimal(price),
        new BigDecimal(cost),
        PricingRole.MAINSTREAM,
        LifecyclePhase.PLATEAU,
        null,
        null,
        true,
        0,
        0,
        0);
  }
}
