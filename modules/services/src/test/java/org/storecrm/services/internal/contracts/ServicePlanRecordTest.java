package org.storecrm.services.internal.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.sales.Category;
import org.storecrm.services.CoverageKind;
import org.storecrm.services.ServicePlanView;

/** A plan as created, edited, retired and shown. */
class ServicePlanRecordTest {
  static ServicePlanRecord gold(Integer termMonths) {
    return new ServicePlanRecord(
        "GOLD",
        40L,
        " Gold care ",
        "  ",
        CoverageKind.FULL,
        true,
        termMonths,
        1,
        Set.of(Category.NOTEBOOK, Category.DESKTOP));
  }

  @Test
  void aNewPlanIsOnSaleWithItsNameTrimmedABlankChineseNameNoneAndItsCategoriesInOrder() {
    ServicePlanRecord plan = gold(36);
    assertThat(plan.active()).isTrue();
    assertThat(plan.name()).isEqualTo("Gold care");
    assertThat(plan.nameZh()).isNull();
    assertThat(plan.categories()).containsExactly(Category.DESKTOP, Category.NOTEBOOK);
    assertThat(plan.auditState())
        .containsEntry("eligibleCategories", "DESKTOP,NOTEBOOK")
        .containsEntry("status", "ACTIVE")
        .containsEntry("productId", 40L);
  }

  @Test
  void onlyDeviceCategoriesAreEligible() {
    ServicePlanRecord.checkCategories(Set.of(Category.CAMCORDER, Category.PHONE));
    ServicePlanRecord.checkCategories(Set.of());
    for (Category notADevice : Set.of(Category.ACCESSORY, Category.SOFTWARE, Category.SERVICE)) {
      assertThatThrownBy(
              () -> ServicePlanRecord.checkCategories(Set.of(Category.NOTEBOOK, notADevice)))
          .isInstanceOfSatisfying(
              RuleViolationException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(RuleViolationException.Kind.REFUSED);
                assertThat(e.messageKey()).isEqualTo("services.planCategoryNotDevice");
                assertThat(e.field()).isEqualTo("eligibleCategories");
              });
    }
  }

  @Test
  void anEditWithANonDeviceCategoryIsRefusedAndChangesNothing() {
    ServicePlanRecord plan = gold(36);
    assertThatThrownBy(
            () ->
                plan.describe(
                    "Renamed",
                    "新",
                    CoverageKind.SOFTWARE,
                    false,
                    12,
                    10,
                    Set.of(Category.ACCESSORY)))
        .isInstanceOf(RuleViolationException.class);
    assertThat(plan.name()).isEqualTo("Gold care");
    assertThat(plan.termMonths()).isEqualTo(36);
    assertThat(plan.categories()).containsExactly(Category.DESKTOP, Category.NOTEBOOK);
  }

  @Test
  void anEditReplacesTheDescription() {
    ServicePlanRecord plan = gold(36);
    plan.describe(
        "Blue gold", " 蓝金 ", CoverageKind.SOFTWARE, false, null, 10, Set.of(Category.DESKTOP));
    assertThat(plan.nameZh()).isEqualTo("蓝金");
    assertThat(plan.coverage()).isEqualTo(CoverageKind.SOFTWARE);
    assertThat(plan.onSite()).isFalse();
    assertThat(plan.termMonths()).isNull();
    assertThat(plan.deviceLimit()).isEqualTo(10);
    assertThat(plan.categories()).containsExactly(Category.DESKTOP);
    assertThat(plan.code()).as("the code never changes").isEqualTo("GOLD");
  }

  @Test
  void aRetiredPlanIsOffSaleUntilReinstated() {
    ServicePlanRecord plan = gold(36);
    plan.retire();
    assertThat(plan.active()).isFalse();
    assertThat(plan.auditState()).containsEntry("status", "RETIRED");
    plan.reinstate();
    assertThat(plan.active()).isTrue();
  }

  @Test
  void aLifetimePlanShowsAsSuchAndAPlanWithoutItsProductHasNoPrice() {
    ServicePlanRecord lifetime = ContractRecordTest.identify(gold(null), 1L);
    ServicePlanView view = lifetime.toView(null);
    assertThat(view.lifetime()).isTrue();
    assertThat(view.price()).isNull();
    assertThat(view.cost()).isNull();
    assertThat(view.sku()).isNull();
    assertThat(ContractRecordTest.identify(gold(12), 2L).toView(null).lifetime()).isFalse();
  }
}
