package org.storecrm.accounts.internal.receivables;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A step of the receivables sweep done for an invoice; the primary key (invoice, step) makes each
 * happen once, even when two instances sweep at the same moment.
 */
@Entity
@Table(name = "acc_invoice_step")
@IdClass(InvoiceStep.Key.class)
public class InvoiceStep {
  /** The sweep's steps, in the order an unpaid invoice meets them. */
  public enum Step {
    REMINDER,
    OVERDUE,
    ESCALATION,
    HANDOVER
  }

  @Id
  @Column(name = "invoice_id")
  private Long invoiceId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(length = 12)
  private Step step;

  @Column(name = "done_on", nullable = false)
  private LocalDate doneOn;

  @Column(name = "done_at", nullable = false)
  private Instant doneAt;

  protected InvoiceStep() {}

  InvoiceStep(long invoiceId, Step step, LocalDate doneOn, Instant doneAt) {
    this.invoiceId = invoiceId;
    this.step = step;
    this.doneOn = doneOn;
    this.doneAt = doneAt;
  }

  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    Long invoiceId;
    Step step;

    public Key() {}

    public Key(Long invoiceId, Step step) {
      this.invoiceId = invoiceId;
      this.step = step;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(invoiceId, k.invoiceId) && step == k.step;
    }

    @Override
    public int hashCode() {
      return Objects.hash(invoiceId, step);
    }
  }
}
