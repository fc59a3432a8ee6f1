package org.storecrm.sales.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.Category;
import org.storecrm.sales.ChecklistAnswer;
import org.storecrm.sales.ChecklistOutcome;
import org.storecrm.sales.OrderLineInput;
import org.storecrm.sales.ProductView;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.SuggestionKind;

/** The counter's basket and checklist helpers, without a server. */
class CounterHelpersTest {

  private static ProductView product(long id, Category category, String price) {
    return new ProductView(
        id,
        "SKU-" + id,
        "Product " + id,
        null,
        null,
        category,
        new BigDecimal(price),
        BigDecimal.ONE,
        null,
        null,
        null,
        null,
        true,
        5,
        0,
        0);
  }

  private static Suggestion accessory(String code, long forProduct, Long product) {
    return new Suggestion(code, forProduct, SuggestionKind.ACCESSORY, product, code, null, 1);
  }

  @Test
  void theBasketAddsOneMoreOfAProductAlreadyInItAndTotalsItsLines() {
    CounterBasket basket = new CounterBasket();
    basket.add(product(1, Category.CAMERA, "3000"));
    basket.add(product(2, Category.ACCESSORY, "100"));
    basket.add(product(1, Category.CAMERA, "3000"));
    basket.getLines().get(1).setDiscount(new BigDecimal("10"));
    assertThat(basket.getLines()).hasSize(2);
    assertThat(basket.getLines().get(0).getQuantity()).isEqualTo(2);
    assertThat(basket.getTotal()).isEqualByComparingTo("6090");
    assertThat(basket.productIds()).containsExactly(1L, 2L);
    assertThat(basket.isSerialAsked()).isFalse();
    basket.remove(0);
    basket.remove(7); // out of range: nothing
    assertThat(basket.productIds()).containsExactly(2L);
  }

  @Test
  void aLinesSerialsBecomeItsSerialAndFurtherSerials() {
    CounterBasket basket = new CounterBasket();
    basket.add(product(1, Category.PHONE, "3000"));
    basket.add(product(2, Category.SERVICE, "299"));
    basket.getLines().get(0).setQuantity(2);
    basket.getLines().get(0).setSerial(" SN-1, SN-2 ");
    assertThat(basket.isSerialAsked()).isTrue();
    List<OrderLineInput> inputs = basket.inputs();
    assertThat(inputs.get(0).serial()).isEqualTo("SN-1");
    assertThat(inputs.get(0).allSerials()).containsExactly("SN-1", "SN-2");
    assertThat(inputs.get(0).quantity()).isEqualTo(2);
    assertThat(inputs.get(1).allSerials()).isEmpty();
  }

  @Test
  void aRefusedLineFieldPointsAtTheRowsInput() {
    CounterBasket basket = new CounterBasket();
    basket.add(product(1, Category.PHONE, "3000"));
    basket.add(product(2, Category.ACCESSORY, "100"));
    assertThat(basket.lineInput("lines[0].discount")).isEqualTo("counterForm:lines:0:discount");
    assertThat(basket.lineInput("lines[1].quantity")).isEqualTo("counterForm:lines:1:quantity");
    // A serial rule points at the device's serial; an accessory has no serial field.
    assertThat(basket.lineInput("lines[0].serials")).isEqualTo("counterForm:lines:0:serial");
    assertThat(basket.lineInput("lines[1].serial")).isNull();
    assertThat(basket.lineInput("lines[2].quantity")).isNull();
    assertThat(basket.lineInput("deposit")).isNull();
    assertThat(basket.lineInput(null)).isNull();
  }

  @Test
  void theBasketLineOfASuggestedProductIsCountedFromOne() {
    CounterBasket basket = new CounterBasket();
    basket.add(product(1, Category.CAMERA, "3000"));
    basket.add(product(2, Category.ACCESSORY, "100"));
    assertThat(basket.lineOf(accessory("card", 1, 2L))).isEqualTo(2);
    assertThat(basket.lineOf(accessory("bag", 1, 3L))).isZero();
    assertThat(basket.lineOf(accessory("talk", 1, null))).isZero();
    assertThat(basket.contains(2L)).isTrue();
    assertThat(basket.contains(null)).isFalse();
  }

  @Test
  void theChecklistShowsAnswersAsTheOrderWillRecordThem() {
    CounterChecklist checklist = new CounterChecklist();
    Suggestion card = accessory("card", 1, 2L);
    Suggestion bag = accessory("bag", 1, 3L);
    Suggestion plan = accessory("plan", 1, null);
    checklist.getAnswers().put("bag", ChecklistOutcome.ACCEPTED.name());
    checklist.suggested(List.of(card, bag, plan), List.of(1L, 2L));
    // The card's product is in the basket: accepted; the bag was accepted but is not: offered.
    assertThat(checklist.getAnswers())
        .containsEntry("card", "ACCEPTED")
        .containsEntry("bag", "OFFERED")
        .doesNotContainKey("plan");
    assertThat(checklist.answered())
        .extracting(ChecklistAnswer::code)
        .containsExactly("card", "bag");
  }

  @Test
  void unansweredEntriesHoldTheSubmitUntilConfirmedAsNotOffered() {
    CounterChecklist checklist = new CounterChecklist();
    Suggestion card = accessory("card", 1, 2L);
    Suggestion plan = accessory("plan", 1, null);
    checklist.suggested(List.of(card, plan), List.of(1L));
    checklist.getAnswers().put("card", "DECLINED");
    assertThat(checklist.holdsUnanswered()).isTrue();
    assertThat(checklist.getUnanswered()).containsExactly(plan);
    checklist.confirmNotOffered();
    assertThat(checklist.getUnanswered()).isEmpty();
    assertThat(checklist.getAnswers()).containsEntry("plan", "NOT_OFFERED");
    assertThat(checklist.holdsUnanswered()).isFalse();
  }

  @Test
  void aPrintableSheetOnlyForAProductWithAccessorySuggestions() {
    CounterChecklist checklist = new CounterChecklist();
    checklist.suggested(List.of(accessory("card", 1, 2L)), List.of(1L));
    assertThat(checklist.sheet("/bundles/checklist-print.xhtml", product(1, Category.CAMERA, "1")))
        .isEqualTo("/bundles/checklist-print.xhtml?productId=1");
    assertThat(checklist.sheet("/bundles/checklist-print.xhtml", product(5, Category.CAMERA, "1")))
        .isNull();
    assertThat(checklist.sheet("", product(1, Category.CAMERA, "1"))).isNull();
  }
}
