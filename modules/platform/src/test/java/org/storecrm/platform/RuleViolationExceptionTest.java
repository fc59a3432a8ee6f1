package org.storecrm.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The factories fill what the REST and screen mappers read: kind, message key, field, details. */
class RuleViolationExceptionTest {
  @Test
  void aRefusalIsUnprocessableAndNamesItsField() {
    RuleViolationException refused =
        RuleViolationException.refused("sales.notStocked", "onHand", "SKU-1 has no stock");
    assertThat(refused.kind()).isEqualTo(RuleViolationException.Kind.REFUSED);
    assertThat(refused.messageKey()).isEqualTo("sales.notStocked");
    assertThat(refused.field()).isEqualTo("onHand");
    assertThat(refused.getMessage()).isEqualTo("SKU-1 has no stock");
    assertThat(refused.details()).isEmpty();
    assertThat(
            RuleViolationException.refused("bundles.monthRange", "to", "m", Map.of("max", 24))
                .details())
        .containsEntry("max", 24);
  }

  @Test
  void aConflictCarriesTheExistingRecord() {
    RuleViolationException taken =
        RuleViolationException.conflict("sales.skuTaken", "sku", "taken", Map.of("id", 42L));
    assertThat(taken.kind()).isEqualTo(RuleViolationException.Kind.CONFLICT);
    assertThat(taken.details()).containsEntry("id", 42L);
    assertThat(RuleViolationException.conflict("k", null, "m").field()).isNull();
  }
}
