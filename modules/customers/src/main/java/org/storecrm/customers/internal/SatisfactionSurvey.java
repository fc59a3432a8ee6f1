package org.storecrm.customers.internal;

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
import org.storecrm.customers.SurveyOccasion;
import org.storecrm.customers.SurveyView;

/** A satisfaction score (1–5) a customer gave; written once. */
@Entity
@Table(name = "cus_survey")
public class SatisfactionSurvey {
  @Id
  @SequenceGenerator(name = "cus_survey_seq", sequenceName = "cus_survey_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_survey_seq")
  Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  Long storeId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  Long customerId;

  @Column(nullable = false, updatable = false)
  int score;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  SurveyOccasion occasion;

  @Column(length = 1000, updatable = false)
  String comment;

  @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
  String recordedBy;

  @Column(name = "answered_at", nullable = false, updatable = false)
  Instant answeredAt;

  @Column(name = "follow_up_id", updatable = false)
  Long followUpId;

  @Column(name = "recovery_id")
  Long recoveryId;

  protected SatisfactionSurvey() {}

  SatisfactionSurvey(
      Customer customer,
      int score,
      SurveyOccasion occasion,
      String comment,
      String recordedBy,
      Instant answeredAt) {
    this.storeId = customer.storeId;
    this.customerId = customer.id;
    this.score = score;
    this.occasion = occasion;
    this.comment = comment;
    this.recordedBy = recordedBy;
    this.answeredAt = answeredAt;
  }

  SurveyView toView() {
    return new SurveyView(
        id, customerId, score, occasion, comment, recordedBy, answeredAt, recoveryId);
  }
}
