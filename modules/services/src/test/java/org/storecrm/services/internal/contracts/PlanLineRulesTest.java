package org.storecrm.services.internal.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storecrm.sales.Category;
import org.storecrm.services.internal.contracts.PlanLineRules.Line;
import org.storecrm.services.internal.contracts.PlanLineRules.Plan;
import org.storecrm.services.internal.contracts.PlanLineRules.Refusal;

class PlanLineRulesTest {
  private static final long PHONE = 1;
  private static final long NOTEBOOK = 2;
  private static final long SCREEN = 10;
  private static final long BLUE_GOLD = 11;
  private static final Map<Long, Plan> PLANS =
      Map.of(
          SCREEN, new Plan("PHONE_SCREEN", 1, Set.of(Category.PHONE)),
          BLUE_GOLD, new Plan("BLUE_GOLD", 10, Set.of(Category.DESKTOP, Category.NOTEBOOK)));

  private static Line device(int index, long product, Category category, String... serials) {
    return new Line(
        index, product, category, serials.length == 0 ? 1 : serials.length, List.of(serials));
  }

  private static Line plan(int index, long product, int quantity, String... serials) {
    return new Line(index, product, Category.SERVICE, quantity, List.of(serials));
  }

  @Test
  void aPlanWithTheSerialOfAnEligibleDeviceInTheBasketPasses() {
    assertThat(
            PlanLineRules.check(
                List.of(device(0, PHONE, Category.PHONE, "SN1"), plan(1, SCREEN, 1, "SN1")), PLANS))
        .isEmpty();
  }

  @Test
  void aPlanWithoutSerialIsRefusedAtTheSerial() {
    List<Refusal> refused =
        PlanLineRules.check(
            List.of(device(0, PHONE, Category.PHONE, "SN1"), plan(1, SCREEN, 1)), PLANS);
    assertThat(refused).extracting(Refusal::field).containsExactly("lines[1].serial");
    assertThat(refused).extracting(Refusal::key).containsExactly("services.planSerialRequired");
  }

  @Test
  void aPlanForAnIneligibleDeviceIsRefused() {
    assertThat(
            PlanLineRules.check(
                List.of(device(0, NOTEBOOK, Category.NOTEBOOK, "NB1"), plan(1, SCREEN, 1, "NB1")),
                PLANS))
        .extracting(Refusal::field, Refusal::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lines[1].productId", "services.planNotEligible"));
    assertThat(
            PlanLineRules.check(
                List.of(
                    device(0, NOTEBOOK, Category.NOTEBOOK, "NB1"),
                    device(1, PHONE, Category.PHONE, "SN1"),
                    plan(2, SCREEN, 1, "NB1")),
                PLANS))
        .extracting(Refusal::field, Refusal::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lines[2].serial", "services.planNotEligible"));
  }

  @Test
  void aSerialMustBeADeviceOfTheSaleOncePerUnit() {
    assertThat(
            PlanLineRules.check(
                List.of(device(0, PHONE, Category.PHONE, "SN1"), plan(1, SCREEN, 1, "OTHER")),
                PLANS))
        .extracting(Refusal::key)
        .containsExactly("services.planSerialNotInBasket");
    assertThat(
            PlanLineRules.check(
                List.of(device(0, PHONE, Category.PHONE, "SN1", "SN2"), plan(1, SCREEN, 2, "SN1")),
                PLANS))
        .extracting(Refusal::key)
        .containsExactly("services.planSerialCount");
  }

  @Test
  void aBusinessPlanCoversUpToItsDeviceLimit() {
    String[] ten = {"P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10"};
    assertThat(
            PlanLineRules.check(
                List.of(device(0, NOTEBOOK, Category.NOTEBOOK, ten), plan(1, BLUE_GOLD, 1, ten)),
                PLANS))
        .isEmpty();
    String[] eleven = {"P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11"};
    assertThat(
            PlanLineRules.check(
                List.of(
                    device(0, NOTEBOOK, Category.NOTEBOOK, eleven), plan(1, BLUE_GOLD, 1, eleven)),
                PLANS))
        .extracting(Refusal::field, Refusal::key)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lines[1].serials", "services.planTooManyDevices"));
  }

  @Test
  void aPlanAloneMayCoverADeviceSoldEarlierWithAnOpenOfferOfAnEligibleCategory() {
    Map<String, Category> offered = Map.of("SN9", Category.PHONE, "NB9", Category.NOTEBOOK);
    assertThat(PlanLineRules.check(List.of(plan(0, SCREEN, 1, "SN9")), PLANS, offered)).isEmpty();
    assertThat(PlanLineRules.check(List.of(plan(0, SCREEN, 1, "NB9")), PLANS, offered))
        .extracting(Refusal::key)
        .containsExactly("services.planNotEligible");
    assertThat(PlanLineRules.check(List.of(plan(0, SCREEN, 1, "SN8")), PLANS, offered))
        .as("no open offer for that device")
        .extracting(Refusal::key)
        .containsExactly("services.planNotEligible");
    assertThat(
            PlanLineRules.check(
                List.of(device(0, PHONE, Category.PHONE, "SN1"), plan(1, SCREEN, 1, "SN8")),
                PLANS,
                offered))
        .as("neither in the basket nor offered")
        .extracting(Refusal::key)
        .containsExactly("services.planSerialNotInBasket");
  }
}
