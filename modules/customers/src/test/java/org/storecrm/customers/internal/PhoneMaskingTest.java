package org.storecrm.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.internal.cards.PhoneNumbers;
import org.storecrm.platform.Role;

/** The masked roles come from a setting; a typo in it stops the start rather than unmasking. */
class PhoneMaskingTest {
  @Test
  void theSettingNamesTheMaskedRoles() {
    assertThat(PhoneMasking.parse(List.of("ADMIN", " ACCOUNT_MANAGER ")))
        .containsExactlyInAnyOrder(Role.ADMIN, Role.ACCOUNT_MANAGER);
    assertThat(PhoneMasking.parse(List.of("NONE"))).isEmpty();
    assertThatThrownBy(() -> PhoneMasking.parse(List.of("ADMINS")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMaskedMobileKeepsItsFirstThreeAndLastFourDigits() {
    assertThat(PhoneNumbers.mask("13812341234")).isEqualTo("138****1234");
    assertThat(PhoneNumbers.mask("021-63510000")).isEqualTo("****0000");
  }
}
