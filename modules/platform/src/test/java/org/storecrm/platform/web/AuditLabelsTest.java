package org.storecrm.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditLabelsTest {
  private final AuditLabels.Labels labels =
      new AuditLabels.Labels(
          Map.of(
              "customer.source", "来源",
              "customer.consultant", "顾问",
              "audit.field.storeId", "门店"),
          Map.of("WALK_IN", "进店", "PHONE_IN", "来电"));

  @Test
  void fieldsAndCodesReadAsTheScreensLabelThem() {
    assertThat(labels.changes("Customer", "source: WALK_IN; consultantId: 3; storeId: 1"))
        .isEqualTo("来源: 进店; 顾问: 3; 门店: 1");
  }

  @Test
  void aChangeLabelsBothSidesAndKeepsWhatHasNoLabel() {
    assertThat(labels.changes("Customer", "source: WALK_IN → PHONE_IN; city: ∅ → 上海"))
        .isEqualTo("来源: 进店 → 来电; city: ∅ → 上海");
  }

  @Test
  void onlyWholeCodesAreReplaced() {
    assertThat(labels.changes("Product", "sku: SKU-WALK_IN; note: WALK_IN now"))
        .isEqualTo("sku: SKU-WALK_IN; note: WALK_IN now");
    assertThat(labels.changes("Customer", "free text without fields"))
        .isEqualTo("free text without fields");
    assertThat(labels.changes("Customer", "")).isEmpty();
  }
}
