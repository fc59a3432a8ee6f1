package org.storecrm.platform.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChangesTest {
  @Test
  void describesOnlyTheFieldsThatChanged() {
    Map<String, Object> before = state("Li Na", "MANAGER", true);
    Map<String, Object> after = state("Li Na", "CONSULTANT", false);
    assertThat(AuditChanges.describeDifferences(before, after))
        .isEqualTo("role: MANAGER → CONSULTANT; active: true → false");
  }

  @Test
  void describesNothingWhenNothingChanged() {
    assertThat(
            AuditChanges.describeDifferences(
                state("Li Na", "MANAGER", true), state("Li Na", "MANAGER", true)))
        .isEmpty();
  }

  @Test
  void showsClearedAndNewValues() {
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("phone", "021-1");
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("phone", null);
    after.put("address", "Nanjing Road");
    assertThat(AuditChanges.describeDifferences(before, after))
        .isEqualTo("phone: 021-1 → ∅; address: ∅ → Nanjing Road");
  }

  @Test
  void describesAWholeState() {
    assertThat(AuditChanges.describeState(state("王伟", "CONSULTANT", true)))
        .isEqualTo("fullName: 王伟; role: CONSULTANT; active: true");
  }

  private static Map<String, Object> state(String name, String role, boolean active) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("fullName", name);
    state.put("role", role);
    state.put("active", active);
    return state;
  }
}
