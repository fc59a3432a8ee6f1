package org.storecrm.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.customers.IntentGrade;
import org.storecrm.platform.InvalidSettingException;
import org.storecrm.platform.Role;

/** A bad setting stops the start-up naming its key and value; the shipped defaults pass. */
class CustomersSettingsTest {
  /** The values of config/microprofile-config.properties. */
  static CustomersSettings defaults() {
    CustomersSettings settings = new CustomersSettings();
    settings.cadenceDaysO = 7;
    settings.cadenceDaysH = 2;
    settings.cadenceDaysA = 7;
    settings.cadenceDaysB = 15;
    settings.firstContactHours = 24;
    settings.vipContactDays = 30;
    settings.birthdayCallTime = "10:00";
    settings.appointmentConfirmTime = "10:00";
    settings.postSaleDays = 3;
    settings.postSaleCategories = List.of("DESKTOP", "NOTEBOOK", "PHONE");
    settings.sweepAttempts = 3;
    settings.recoveryBelow = 4;
    settings.maskedPhoneRoles = List.of("ADMIN", "ACCOUNT_MANAGER");
    settings.complaintDeadlineHours = 48;
    // Membership tiers (issue 15)
    settings.tierNames = List.of("ORDINARY", "SILVER", "GOLD", "DIAMOND");
    settings.tierMinSpend = List.of("0", "3000", "10000", "30000");
    settings.tierMinPurchases = List.of(0, 1, 2, 4);
    settings.tierContactDays = List.of(0, 90, 60, 30);
    settings.tierWindowMonths = 12;
    settings.complaintCallbackHours = 24;
    settings.phoneInCallbackHours = 2;
    settings.holidayLeadDays = 3;
    settings.holidayCallTime = "10:00";
    settings.weeklyContactCap = 2;
    settings.escalateAfterDays = 3;
    return settings;
  }

  @Test
  void theDefaultsAreValid() {
    CustomersSettings settings = defaults();
    assertThatCode(settings::validate).doesNotThrowAnyException();
    assertThat(settings.cadenceDays(IntentGrade.B)).isEqualTo(15);
    assertThat(settings.birthdayCallTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(settings.maskedPhoneRoles())
        .containsExactlyInAnyOrder(Role.ADMIN, Role.ACCOUNT_MANAGER);
  }

  @Test
  void aCadenceOfNoDaysIsRefusedNamingTheGradesKey() {
    CustomersSettings settings = defaults();
    settings.cadenceDaysH = 0;
    assertThatThrownBy(settings::validate)
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("storecrm.followup.cadence-days.H=0");
  }

  @Test
  void aTimeThatDoesNotParseIsRefused() {
    CustomersSettings settings = defaults();
    settings.birthdayCallTime = "25:00";
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.followup.birthday-call-time=25:00");
    settings = defaults();
    settings.appointmentConfirmTime = "ten";
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.followup.appointment-confirm-time=ten");
  }

  @Test
  void aRoleTypoIsRefusedRatherThanUnmasking() {
    CustomersSettings settings = defaults();
    settings.maskedPhoneRoles = List.of("ADMINS");
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.customers.masked-phone-roles=ADMINS");
  }

  @Test
  void outOfRangeNumbersAreRefused() {
    CustomersSettings settings = defaults();
    settings.recoveryBelow = 7;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.customers.recovery-below=7");
    settings = defaults();
    settings.complaintDeadlineHours = -1;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.customers.complaint-deadline-hours=-1");
    settings = defaults();
    settings.complaintCallbackHours = -1;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.customers.complaint-callback-hours=-1");
    settings = defaults();
    settings.complaintCallbackHours = 0;
    assertThatCode(settings::validate).as("at once").doesNotThrowAnyException();
    settings = defaults();
    settings.phoneInCallbackHours = 0;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.customers.phone-in-callback-hours=0");
    settings = defaults();
    settings.sweepAttempts = 0;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.followup.sweep-attempts=0");
    settings = defaults();
    settings.postSaleCategories = List.of("desktop");
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.followup.post-sale-categories=desktop");
  }

  @Test
  void theHolidayCapAndEscalationSettingsAreCheckedNamingTheirKeys() {
    CustomersSettings settings = defaults();
    settings.weeklyContactCap = 0;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.followup.weekly-contact-cap=0");
    settings = defaults();
    settings.escalateAfterDays = 0;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.followup.escalate-after-days=0");
    settings = defaults();
    settings.holidayLeadDays = -1;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.followup.holiday-lead-days=-1");
    settings = defaults();
    settings.holidayCallTime = "9h";
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.followup.holiday-call-time=9h");
  }
}
