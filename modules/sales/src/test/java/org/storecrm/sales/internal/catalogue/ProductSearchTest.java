package org.storecrm.sales.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.Category;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.PricingRole;

class ProductSearchTest {
  @Test
  void theTextSplitsIntoLowerCaseWordsOnAnySpace() {
    assertThat(ProductSearch.words("  Canon\tR50 ")).containsExactly("canon", "r50");
    assertThat(ProductSearch.words("佳能\u3000EOS  R50")).containsExactly("佳能", "eos", "r50");
    assertThat(ProductSearch.words("   ")).isEmpty();
    assertThat(ProductSearch.words(null)).isEmpty();
  }

  @Test
  void wordsBeyondTheCapAreIgnored() {
    assertThat(ProductSearch.words("a b c d e f g h")).hasSize(ProductSearch.MAX_WORDS);
  }

  @Test
  void eachWordIsAnEscapedContainsPattern() {
    assertThat(ProductSearch.wordPatterns("100% Pro_X")).containsExactly("%100\\%%", "%pro\\_x%");
    assertThat(ProductSearch.skuPattern(" cm-canon ")).isEqualTo("CM-CANON%");
  }

  @Test
  void theSearchKeyHoldsBothNamesBrandAndSkuInLowerCase() {
    Product product = canon();
    assertThat(product.searchKey()).isEqualTo("eos r50 mirrorless 佳能 eos r50 微单 canon cm-r50-test");
    assertThat(Product.searchKey("Thing", null, null, "A-1")).isEqualTo("thing   a-1");
  }

  @Test
  void aProductMatchesWhenEveryWordIsInItsKeyInAnyOrderAndCase() {
    Product product = canon();
    for (String found : List.of("canon r50", "R50 CANON", "佳能 r50", "r50", "EOS", "cm-r50")) {
      assertThat(matches(product, found)).as(found).isTrue();
    }
    assertThat(matches(product, "canon r60")).isFalse();
    assertThat(matches(product, "sony")).isFalse();
  }

  @Test
  void changingTheBrandOrNamesRebuildsTheKey() {
    Product product = canon();
    product.brand("Sony");
    assertThat(matches(product, "sony r50")).isTrue();
    assertThat(matches(product, "canon")).isFalse();
    product.name("Alpha 7C", null);
    assertThat(product.searchKey()).isEqualTo("alpha 7c  sony cm-r50-test");
  }

  private static Product canon() {
    Product product = new Product("cm-r50-test");
    product.describe(
        "EOS R50 Mirrorless",
        "佳能 EOS R50 微单",
        " Canon ",
        Category.CAMERA,
        new BigDecimal("5999"),
        new BigDecimal("5000"),
        PricingRole.MAINSTREAM,
        LifecyclePhase.PLATEAU,
        null,
        null);
    return product;
  }

  /** The catalogue's rule on one product: every word a part of the key (the SKU rule aside). */
  private static boolean matches(Product product, String text) {
    return ProductSearch.words(text).stream().allMatch(product.searchKey()::contains);
  }
}
