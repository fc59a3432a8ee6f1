package org.storecrm.accounts.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.platform.InvalidSettingException;

/** A bad setting stops the start-up naming its key and value; the shipped defaults pass. */
class AccountsSettingsTest {
  /** The values of config/microprofile-config.properties. */
  static AccountsSettings defaults() {
    AccountsSettings settings = new AccountsSettings();
    settings.storeCreditMaxDays = 3;
    settings.businessMaxDays = 30;
    settings.reminderDaysBefore = 3;
    settings.handoverAfterDays = 30;
    settings.sweepAttempts = 3;
    settings.outboxMaxAttempts = 10;
    settings.outboxRetryMinutes = 5;
    settings.coldVisitsPerDay = 6;
    settings.prospectRevisitDays = 7;
    settings.clientVisitDays = 15;
    settings.smbRecentDays = 7;
    settings.smbLookbackDays = 90;
    settings.smbBusinessCategories = List.of("DESKTOP", "NOTEBOOK", "TABLET", "SOFTWARE");
    settings.smbMultiUnitMin = 3;
    settings.smbRepeatOrders = 2;
    settings.smbCompanyCustomers = true;
    return settings;
  }

  @Test
  void theDefaultsAreValid() {
    assertThatCode(defaults()::validate).doesNotThrowAnyException();
  }

  @Test
  void aBusinessTermShorterThanStoreCreditIsRefused() {
    AccountsSettings settings = defaults();
    settings.businessMaxDays = 2;
    assertThatThrownBy(settings::validate)
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("storecrm.accounts.terms.business-max-days=2");
  }

  @Test
  void outOfRangeNumbersAndUnknownCategoriesAreRefused() {
    AccountsSettings settings = defaults();
    settings.outboxRetryMinutes = 0;
    assertThatThrownBy(settings::validate)
        .hasMessageContaining("storecrm.accounts.outbox.retry-minutes=0");
    AccountsSettings categories = defaults();
    categories.smbBusinessCategories = List.of("DESKTOP", "LAPTOP");
    assertThatThrownBy(categories::validate)
        .hasMessageContaining("storecrm.accounts.smb-scan.business-categories=DESKTOP,LAPTOP");
  }
}
