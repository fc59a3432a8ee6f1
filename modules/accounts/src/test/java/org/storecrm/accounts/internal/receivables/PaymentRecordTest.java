package org.storecrm.accounts.internal.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storecrm.accounts.InvoiceStatus;
import org.storecrm.platform.RuleViolationException;

/** How a payment is spread over the invoices it pays. */
class PaymentRecordTest {
  private static final LocalDate PAID_ON = LocalDate.of(2026, 12, 1);

  private static Invoice invoice(String amount, LocalDate issuedOn) {
    return new Invoice(1L, 10L, null, new BigDecimal(amount), issuedOn, 30);
  }

  private static PaymentRecord payment(String amount) {
    return new PaymentRecord(
        1L, 10L, new BigDecimal(amount), PAID_ON, Instant.parse("2026-12-01T03:00:00Z"), "am");
  }

  @Test
  void aPaymentPaysTheInvoicesInTheirOrderUntilItIsUsedUp() {
    Invoice oldest = invoice("300.00", LocalDate.of(2026, 9, 1));
    Invoice middle = invoice("500.00", LocalDate.of(2026, 10, 1));
    Invoice newest = invoice("200.00", LocalDate.of(2026, 11, 1));
    PaymentRecord payment = payment("600.00");

    Map<Invoice, BigDecimal> parts = payment.spreadOver(List.of(oldest, middle, newest));

    assertThat(parts).containsOnlyKeys(oldest, middle);
    assertThat(parts.get(oldest)).isEqualByComparingTo("300");
    assertThat(parts.get(middle)).isEqualByComparingTo("300");
    assertThat(oldest.statusOn(PAID_ON)).isEqualTo(InvoiceStatus.PAID);
    assertThat(middle.openAmount()).isEqualByComparingTo("200");
    assertThat(newest.openAmount()).isEqualByComparingTo("200");
    assertThat(payment.allocations())
        .extracting(PaymentRecord.Allocation::amount)
        .containsExactly(new BigDecimal("300.00"), new BigDecimal("300.00"));
  }

  @Test
  void exactlyWhatIsOpenClosesEveryInvoice() {
    Invoice first = invoice("300.00", LocalDate.of(2026, 9, 1));
    Invoice second = invoice("200.00", LocalDate.of(2026, 10, 1));

    payment("500.00").spreadOver(List.of(first, second));

    assertThat(first.open()).isFalse();
    assertThat(second.open()).isFalse();
    assertThat(second.closedOn()).isEqualTo(PAID_ON);
  }

  @Test
  void aPaymentOfMoreThanIsOpenIsRefusedAndPaysNothing() {
    Invoice invoice = invoice("300.00", LocalDate.of(2026, 9, 1));
    PaymentRecord payment = payment("300.01");

    assertThatThrownBy(() -> payment.spreadOver(List.of(invoice)))
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RuleViolationException.Kind.REFUSED);
              assertThat(e.messageKey()).isEqualTo("accounts.paymentTooMuch");
              assertThat(e.field()).isEqualTo("amount");
              assertThat(e.details()).containsEntry("open", "300.00");
            })
        .hasMessage("The payment is more than is open (300.00)");
    assertThat(invoice.openAmount()).isEqualByComparingTo("300");
    assertThat(payment.allocations()).isEmpty();
  }

  @Test
  void aPaymentWithNothingOpenIsRefused() {
    assertThatThrownBy(() -> payment("1.00").spreadOver(List.of()))
        .hasMessage("The payment is more than is open (0.00)");
  }

  @Test
  void aPaymentIsSpreadOnce() {
    PaymentRecord payment = payment("100.00");
    payment.spreadOver(List.of(invoice("300.00", LocalDate.of(2026, 9, 1))));
    assertThatThrownBy(
            () -> payment.spreadOver(List.of(invoice("300.00", LocalDate.of(2026, 9, 1)))))
        .isInstanceOf(IllegalStateException.class);
  }
}
