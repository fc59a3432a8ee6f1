package org.storecrm.customers.internal.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.storecrm.customers.PhoneType;
import org.storecrm.platform.RuleViolationException;

class PhoneNumbersTest {
  @Test
  void acceptsChineseMobilesWithOrWithoutCountryCode() {
    assertThat(PhoneNumbers.check("13812341234", null))
        .isEqualTo(new PhoneNumbers.Checked("13812341234", PhoneType.MOBILE));
    assertThat(PhoneNumbers.check(" +86 138 1234 1234 ", null).number()).isEqualTo("13812341234");
  }

  @Test
  void refusesAMobileThatIsNotElevenDigitsStartingWithOne() {
    for (String wrong : new String[] {"1381234123", "138123412345", "23812341234", "1381234x234"}) {
      assertThatThrownBy(() -> PhoneNumbers.check(wrong, PhoneType.MOBILE))
          .as(wrong)
          .isInstanceOfSatisfying(
              RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }
  }

  @Test
  void takesLandlinesAndOtherNumbersOnlyWithAClearType() {
    assertThat(PhoneNumbers.check("021-63510000", null).type()).isEqualTo(PhoneType.LANDLINE);
    assertThatThrownBy(() -> PhoneNumbers.check("+44 20 7946 0958", null))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("OTHER");
    assertThat(PhoneNumbers.check("+44 20 7946 0958", PhoneType.OTHER).type())
        .isEqualTo(PhoneType.OTHER);
  }

  @Test
  void masksTheMiddleOfMobilesAndAllButTheEndOfOthers() {
    assertThat(PhoneNumbers.mask("13812341234")).isEqualTo("138****1234");
    assertThat(PhoneNumbers.mask("021-63510000")).isEqualTo("****0000");
    assertThat(PhoneNumbers.mask("123")).isEqualTo("****");
  }

  @Test
  void tellsPhonePrefixesFromNames() {
    assertThat(PhoneNumbers.looksLikePhonePrefix("138")).isTrue();
    assertThat(PhoneNumbers.looksLikePhonePrefix("13")).isFalse();
    assertThat(PhoneNumbers.looksLikePhonePrefix("王伟")).isFalse();
    assertThat(PhoneNumbers.looksLikePhonePrefix("Wang")).isFalse();
  }
}
