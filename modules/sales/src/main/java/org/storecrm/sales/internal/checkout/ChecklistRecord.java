package org.storecrm.sales.internal.checkout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.storecrm.sales.ChecklistEntry;
import org.storecrm.sales.ChecklistOutcome;
import org.storecrm.sales.Suggestion;
import org.storecrm.sales.SuggestionKind;

/** One suggestion made at an order's checkout and what became of it (the attach KPIs' source). */
@Entity
@Table(name = "sal_checklist")
public class ChecklistRecord {
  @Id
  @SequenceGenerator(
      name = "sal_checklist_seq",
      sequenceName = "sal_checklist_seq",
      allocationSize = 500) // about ten rows a sale: blocks of 500 (sales V12)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sal_checklist_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private SalesOrder order;

  // The order's sale time and store, copied at the sale (never updated) for the attach KPIs.
  @Column(name = "sold_at", nullable = false, updatable = false)
  private Instant soldAt;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(nullable = false, length = 80)
  private String code;

  @Column(name = "for_product_id", nullable = false)
  private Long forProductId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private SuggestionKind kind;

  @Column(name = "product_id")
  private Long productId;

  @Column(nullable = false, length = 80)
  private String family;

  @Column(name = "talking_point", length = 300)
  private String talkingPoint;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ChecklistOutcome outcome;

  protected ChecklistRecord() {}

  ChecklistRecord(SalesOrder order, Suggestion suggestion, ChecklistOutcome outcome) {
    this.order = order;
    this.soldAt = order.soldAt();
    this.storeId = order.storeId();
    this.code = suggestion.code();
    this.forProductId = suggestion.forProductId();
    this.kind = suggestion.kind();
    this.productId = suggestion.productId();
    this.family = suggestion.family();
    this.talkingPoint = suggestion.talkingPoint();
    this.outcome = outcome;
  }

  ChecklistEntry toEntry() {
    return new ChecklistEntry(code, forProductId, kind, productId, family, talkingPoint, outcome);
  }
}
