package org.storecrm.accounts.internal.receivables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.storecrm.accounts.InvoiceStatus;
import org.storecrm.platform.RuleViolationException;

/** What a payment, a return and a dispute do to an invoice, as the entity does it. */
class InvoiceTest {
  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);
  private static final LocalDate PAID_ON = LocalDate.of(2026, 11, 20);

  private static Invoice invoice(String amount) {
    return new Invoice(1L, 10L, 100L, new BigDecimal(amount), ISSUED, 30);
  }

  @Test
  void aPartPaymentLeavesTheRestOpen() {
    Invoice invoice = invoice("1000.00");
    assertThat(invoice.recordPayment(new BigDecimal("400.00"), PAID_ON))
        .isEqualByComparingTo("400");
    assertThat(invoice.openAmount()).isEqualByComparingTo("600");
    assertThat(invoice.open()).isTrue();
    assertThat(invoice.closedOn()).isNull();
  }

  @Test
  void aPaymentTakesNoMoreThanIsOpenAndClosesTheInvoiceAsPaid() {
    Invoice invoice = invoice("1000.00");
    invoice.recordPayment(new BigDecimal("400.00"), ISSUED);
    assertThat(invoice.recordPayment(new BigDecimal("5000.00"), PAID_ON))
        .isEqualByComparingTo("600");
    assertThat(invoice.openAmount()).isZero();
    assertThat(invoice.statusOn(PAID_ON)).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.closedOn()).isEqualTo(PAID_ON);
  }

  @Test
  void aClosedInvoiceTakesNoPayment() {
    Invoice invoice = invoice("100.00");
    invoice.recordPayment(new BigDecimal("100.00"), PAID_ON);
    assertThatThrownBy(invoice::requireOpen)
        .isInstanceOfSatisfying(
            RuleViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(RuleViolationException.Kind.REFUSED);
              assertThat(e.messageKey()).isEqualTo("accounts.invoiceClosed");
              assertThat(e.field()).isEqualTo("invoiceId");
            });
    assertThatThrownBy(() -> invoice.recordPayment(BigDecimal.ONE, PAID_ON))
        .hasMessageEndingWith("is closed");
    assertThat(invoice.statusOn(PAID_ON)).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void aReturnCreditsTheRefundRoundedToCentsAndKeepsTheInvoiceOpenWhileAnythingIsLeft() {
    Invoice invoice = invoice("1000.00");
    assertThat(invoice.creditReturn(new BigDecimal("199.995"), PAID_ON)).isEqualTo("200.00");
    assertThat(invoice.creditReturn(new BigDecimal("100"), PAID_ON)).isEqualTo("100.00");
    assertThat(invoice.credited()).isEqualTo("300.00");
    assertThat(invoice.openAmount()).isEqualByComparingTo("700");
    assertThat(invoice.open()).isTrue();
  }

  @Test
  void aReturnNeverCreditsMoreThanIsOpenAndClosesTheInvoiceAsCredited() {
    Invoice invoice = invoice("1000.00");
    invoice.recordPayment(new BigDecimal("800.00"), ISSUED);
    assertThat(invoice.creditReturn(new BigDecimal("1000.00"), PAID_ON)).isEqualTo("200.00");
    assertThat(invoice.openAmount()).isZero();
    assertThat(invoice.statusOn(PAID_ON)).isEqualTo(InvoiceStatus.CREDITED);
    assertThat(invoice.closedOn()).isEqualTo(PAID_ON);
  }

  @Test
  void aClosedInvoiceCreditsNothing() {
    Invoice invoice = invoice("100.00");
    invoice.recordPayment(new BigDecimal("100.00"), ISSUED);
    assertThat(invoice.creditReturn(new BigDecimal("50.00"), PAID_ON)).isZero();
    assertThat(invoice.credited()).isZero();
    assertThat(invoice.statusOn(PAID_ON)).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.closedOn()).isEqualTo(ISSUED);
  }

  @Test
  void aDisputeKeepsItsReasonTrimmedAndABlankReasonWithdrawsIt() {
    Invoice invoice = invoice("100.00");
    invoice.dispute("  wrong quantity ");
    assertThat(invoice.disputed()).isTrue();
    assertThat(invoice.disputeReason()).isEqualTo("wrong quantity");
    invoice.dispute("   ");
    assertThat(invoice.disputed()).isFalse();
    assertThat(invoice.disputeReason()).isNull();
    invoice.dispute("again");
    invoice.dispute(null);
    assertThat(invoice.disputed()).isFalse();
    assertThat(invoice.disputeReason()).isNull();
  }

  @Test
  void anOpenInvoiceShowsAsOverdueFromTheDayAfterItsDueDate() {
    Invoice invoice = invoice("100.00");
    assertThat(invoice.dueOn()).isEqualTo(ISSUED.plusDays(30));
    assertThat(invoice.statusOn(invoice.dueOn())).isEqualTo(InvoiceStatus.OPEN);
    assertThat(invoice.statusOn(invoice.dueOn().plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
    invoice.recordPayment(new BigDecimal("100.00"), invoice.dueOn().plusDays(5));
    assertThat(invoice.statusOn(invoice.dueOn().plusDays(9))).isEqualTo(InvoiceStatus.PAID);
  }
}
