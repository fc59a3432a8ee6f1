package org.storecrm.accounts.internal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storecrm.accounts.AccountChanges;
import org.storecrm.accounts.AccountSource;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.ContactPerson;
import org.storecrm.accounts.NewAccount;

/** An account's details, its edits, and its credit hold and handover as the entity keeps them. */
class AccountTest {
  private static final Instant CREATED = Instant.parse("2026-11-02T02:00:00Z");
  private static final ContactPerson BUYER =
      new ContactPerson("  Wang Jianguo ", "Director", "13916001234", true);

  private static Account account() {
    return new Account(
        10L,
        7L,
        new NewAccount(
            "  ACME Logistics ",
            "  ",
            120,
            AccountStatus.ACTIVE,
            AccountSource.REFERRAL,
            null,
            30,
            new BigDecimal("5000.00"),
            null,
            List.of(BUYER)),
        CREATED,
        "am");
  }

  private static AccountChanges changes(Long manager, int terms) {
    return new AccountChanges(
        "ACME",
        " Logistics ",
        150,
        AccountStatus.KEY,
        manager,
        terms,
        null,
        List.of(new ContactPerson("Li", null, null, false)),
        0L);
  }

  @Test
  void aNewAccountTakesItsDetailsTrimmedAndTheManagerItWasGiven() {
    Account account = account();
    assertThat(account.storeId()).isEqualTo(10L);
    assertThat(account.name()).isEqualTo("ACME Logistics");
    assertThat(account.auditState())
        .containsEntry("industry", null)
        .containsEntry("employees", 120)
        .containsEntry("source", AccountSource.REFERRAL);
    assertThat(account.accountManagerId()).isEqualTo(7L);
    assertThat(account.paymentTermDays()).isEqualTo(30);
    assertThat(account.contactPersons())
        .containsExactly(new ContactPerson("Wang Jianguo", "Director", "13916001234", true));
    assertThat(account.creditHold()).isFalse();
    assertThat(account.handedOver()).isFalse();
  }

  @Test
  void anEditReplacesEverythingButTheSourceAndTheStore() {
    Account account = account();
    account.edit(changes(null, 15));
    assertThat(account.name()).isEqualTo("ACME");
    assertThat(account.auditState())
        .containsEntry("industry", "Logistics")
        .containsEntry("employees", 150)
        .containsEntry("source", AccountSource.REFERRAL)
        .containsEntry("contacts", 1);
    assertThat(account.status()).isEqualTo(AccountStatus.KEY);
    assertThat(account.accountManagerId()).isNull();
    assertThat(account.paymentTermDays()).isEqualTo(15);
    assertThat(account.creditLimit()).isNull();
    assertThat(account.contactPersons()).extracting(ContactPerson::name).containsExactly("Li");
    assertThat(account.storeId()).isEqualTo(10L);
  }

  @Test
  void onlyAnotherManagerOrOtherTermsAreATermsChange() {
    Account account = account();
    assertThat(account.changesTerms(changes(7L, 30))).isFalse();
    assertThat(account.changesTerms(changes(8L, 30))).isTrue();
    assertThat(account.changesTerms(changes(null, 30))).isTrue();
    assertThat(account.changesTerms(changes(7L, 31))).isTrue();
    account.edit(changes(null, 30));
    assertThat(account.changesTerms(changes(null, 30))).as("no manager either way").isFalse();
  }

  @Test
  void anAccountGoesOnHoldOnceForTheFirstOverdueInvoice() {
    Account account = account();
    assertThat(account.hold(41L, LocalDate.of(2026, 12, 2))).isTrue();
    assertThat(account.hold(42L, LocalDate.of(2026, 12, 9))).isFalse();
    assertThat(account.creditHold()).isTrue();
    assertThat(account.holdInvoiceId()).isEqualTo(41L);
    assertThat(account.holdSince()).isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void aLiftedHoldLeavesNoTraceAndTheAccountMayGoOnHoldAgain() {
    Account account = account();
    account.hold(41L, LocalDate.of(2026, 12, 2));
    account.liftHold();
    assertThat(account.creditHold()).isFalse();
    assertThat(account.holdInvoiceId()).isNull();
    assertThat(account.holdSince()).isNull();
    assertThat(account.hold(42L, LocalDate.of(2026, 12, 9))).isTrue();
    assertThat(account.holdInvoiceId()).isEqualTo(42L);
  }

  @Test
  void anAccountHandedOverStaysHandedOver() {
    Account account = account();
    account.handOver(CREATED.plusSeconds(60));
    account.handOver(CREATED.plusSeconds(120));
    assertThat(account.handedOver()).isTrue();
    account.liftHold();
    assertThat(account.handedOver()).as("paying up does not take it back").isTrue();
  }
}
