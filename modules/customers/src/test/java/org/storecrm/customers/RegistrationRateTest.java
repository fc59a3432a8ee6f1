package org.storecrm.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationRateTest {

  @Test
  void aConsultantsRateCountsVisitsAndPhoneInsNotCalls() {
    // 3 visits and 1 phone-in, 3 of them with a card; the 5 outbound calls do not count.
    ConsultantActivity activity = new ConsultantActivity(7, 0, 0, 0, 9, 3, 1, 3, 5, 0, 0, 0);
    assertThat(activity.registrationRate()).isEqualTo(75);
  }

  @Test
  void noVisitsIsZeroNotADivisionByZero() {
    assertThat(ConsultantActivity.none(7).registrationRate()).isZero();
    assertThat(new RegisterDay(LocalDate.of(2026, 12, 1), 0, 0, 0, 0).registrationRate()).isZero();
  }

  @Test
  void theRateIsRoundedToAWholePercent() {
    assertThat(new ConsultantActivity(7, 0, 0, 0, 3, 2, 1, 2, 0, 0, 0, 0).registrationRate())
        .isEqualTo(67);
    assertThat(new RegisterDay(LocalDate.of(2026, 12, 1), 2, 1, 1, 1).registrationRate())
        .isEqualTo(67);
  }
}
