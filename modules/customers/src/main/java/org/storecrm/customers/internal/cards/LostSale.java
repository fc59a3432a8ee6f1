package org.storecrm.customers.internal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.storecrm.customers.IntentGrade;

/** A lost deal (战败): why, to whom, and when the customer was won back. */
@Entity
@Table(name = "cus_lost_sale")
public class LostSale {
  @Id
  @SequenceGenerator(
      name = "cus_lost_sale_seq",
      sequenceName = "cus_lost_sale_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_lost_sale_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "reason_id", nullable = false, updatable = false)
  private Long reasonId;

  @Column(length = 100, updatable = false)
  private String competitor;

  @Column(length = 1000, updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "grade_before", length = 1, updatable = false)
  private IntentGrade gradeBefore;

  @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  /** The sales category of what was lost, where known (the analysis groups by it). */
  @Column(length = 30, updatable = false)
  private String category;

  @Column(name = "won_back_at")
  private Instant wonBackAt;

  protected LostSale() {}

  /** The customer is back (graded again, or bought): their open lost records are closed. */
  static void markWonBack(jakarta.persistence.EntityManager em, long customerId, Instant at) {
    em.createQuery(
            "update LostSale l set l.wonBackAt = :at"
                + " where l.customerId = :customer and l.wonBackAt is null")
        .setParameter("at", at)
        .setParameter("customer", customerId)
        .executeUpdate();
  }

  public LostSale(
      Customer customer,
      long reasonId,
      String competitor,
      String note,
      String recordedBy,
      Instant at) {
    this.storeId = customer.storeId();
    this.customerId = customer.id();
    this.reasonId = reasonId;
    this.competitor = competitor;
    this.note = note;
    this.gradeBefore = customer.grade();
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  /** The sales category of what was lost, where known. */
  void lostIn(String salesCategory) {
    category = salesCategory;
  }
}
