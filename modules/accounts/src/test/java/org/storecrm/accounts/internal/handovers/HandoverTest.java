package org.storecrm.accounts.internal.handovers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.storecrm.accounts.AccountSource;
import org.storecrm.accounts.AccountStatus;
import org.storecrm.accounts.ContactPerson;
import org.storecrm.accounts.HandoverConversion;
import org.storecrm.accounts.HandoverSource;
import org.storecrm.accounts.HandoverStatus;
import org.storecrm.accounts.NewAccount;
import org.storecrm.platform.RuleViolationException;

/** A handover's life in the queue: open until converted or dismissed, once. */
class HandoverTest {
  private static final Instant HANDED = Instant.parse("2026-11-02T02:00:00Z");
  private static final Instant CLOSED = Instant.parse("2026-11-03T02:00:00Z");
  private static final HandoverConversion CONVERSION =
      new HandoverConversion(AccountStatus.ACTIVE, 30, "Design", 15);

  private static Handover handover(String name, String phone) {
    return new Handover(10L, 20L, name, phone, 7L, "wants desks", HANDED, "consultant");
  }

  @Test
  void staffHandOverAnOpenHandoverWithTheirNote() {
    Handover handover = handover("Studio", "13601003456");
    assertThat(handover.status()).isEqualTo(HandoverStatus.OPEN);
    assertThat(handover.source()).isEqualTo(HandoverSource.STAFF);
    assertThat(handover.handedOverBy()).isEqualTo("consultant");
    assertThat(handover.closedAt()).isNull();
  }

  @Test
  void theScanListsAsTheScanner() {
    Handover handover = Handover.listedByScan(10L, 20L, "Studio", null, 7L, HANDED);
    assertThat(handover.status()).isEqualTo(HandoverStatus.OPEN);
    assertThat(handover.source()).isEqualTo(HandoverSource.SMB_SCAN);
    assertThat(handover.handedOverBy()).isEqualTo("smb-scan");
    assertThat(handover.accountManagerId()).isEqualTo(7L);
  }

  @Test
  void aConversionClosesTheHandoverWithItsAccount() {
    Handover handover = handover("Studio", "13601003456");
    handover.convert(99L, CLOSED, "am");
    assertThat(handover.status()).isEqualTo(HandoverStatus.CONVERTED);
    assertThat(handover.accountId()).isEqualTo(99L);
    assertThat(handover.closedAt()).isEqualTo(CLOSED);
    assertThat(handover.closedBy()).isEqualTo("am");
    assertThat(handover.dismissReason()).isNull();
  }

  @Test
  void aDismissalClosesTheHandoverWithItsReasonTrimmed() {
    Handover handover = handover("Studio", "13601003456");
    handover.dismiss("  private buyer ", CLOSED, "am");
    assertThat(handover.status()).isEqualTo(HandoverStatus.DISMISSED);
    assertThat(handover.dismissReason()).isEqualTo("private buyer");
    assertThat(handover.accountId()).isNull();
    assertThat(handover.closedAt()).isEqualTo(CLOSED);
  }

  @Test
  void aClosedHandoverIsNeitherConvertedNorDismissedAgain() {
    Handover dismissed = handover("Studio", null);
    dismissed.dismiss("no", CLOSED, "am");
    assertThatThrownBy(() -> dismissed.convert(99L, CLOSED, "am"))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RuleViolationException.Kind.CONFLICT);
              assertThat(e.messageKey()).isEqualTo("accounts.handoverClosed");
              assertThat(e.field()).isEqualTo("status");
            })
        .hasMessage("The handover was already DISMISSED");
    assertThat(dismissed.accountId()).isNull();

    Handover converted = handover("Studio", null);
    converted.convert(99L, CLOSED, "am");
    assertThatThrownBy(() -> converted.dismiss("late", CLOSED.plusSeconds(1), "am"))
        .hasMessage("The handover was already CONVERTED");
    assertThatThrownBy(converted::requireOpen).isInstanceOf(RuleViolationException.class);
    assertThat(converted.dismissReason()).isNull();
    assertThat(converted.closedAt()).isEqualTo(CLOSED);
  }

  @Test
  void theAccountOfAStaffHandoverIsAWalkInWithTheCustomerAsItsDecider() {
    NewAccount account = handover("Studio", "021-6123 4567").accountFor(CONVERSION);
    assertThat(account.name()).isEqualTo("Studio");
    assertThat(account.source()).isEqualTo(AccountSource.WALK_IN);
    assertThat(account.accountManagerId()).isEqualTo(7L);
    assertThat(account.storeId()).isEqualTo(10L);
    assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(account.paymentTermDays()).isEqualTo(30);
    assertThat(account.industry()).isEqualTo("Design");
    assertThat(account.employees()).isEqualTo(15);
    assertThat(account.creditLimit()).isNull();
    assertThat(account.contacts())
        .containsExactly(new ContactPerson("Studio", null, "021-6123 4567", true));
  }

  @Test
  void theAccountOfAScannedBuyerComesFromTheStoreSalesScan() {
    NewAccount account =
        Handover.listedByScan(10L, 20L, "Studio", null, 7L, HANDED).accountFor(CONVERSION);
    assertThat(account.source()).isEqualTo(AccountSource.STORE_SALES_SCAN);
    assertThat(account.contacts()).extracting(ContactPerson::phone).containsOnlyNulls();
  }

  @Test
  void theContactTakesTheNameCutToItsLengthAndOnlyAPhoneItCanHave() {
    String longName = "N".repeat(81);
    NewAccount account = handover(longName, "0571-8888 ext. 12").accountFor(CONVERSION);
    assertThat(account.name()).isEqualTo(longName);
    ContactPerson contact = account.contacts().get(0);
    assertThat(contact.name()).hasSize(80);
    assertThat(contact.phone()).isNull();
    assertThat(handover("N".repeat(80), "1234").accountFor(CONVERSION).contacts().get(0))
        .returns("N".repeat(80), ContactPerson::name)
        .returns(null, ContactPerson::phone);
    assertThat(handover("N", "12345").accountFor(CONVERSION).contacts().get(0).phone())
        .isEqualTo("12345");
  }
}
