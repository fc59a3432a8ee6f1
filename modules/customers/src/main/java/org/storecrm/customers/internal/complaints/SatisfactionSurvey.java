package org.storecrm.customers.internal.complaints;

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
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  /** Null for the survey of a complaint without a card (until a card is linked). */
  @Column(name = "customer_id")
  private Long customerId;

  /** The complaint a "complaint closed" survey is about. */
  @Column(name = "complaint_id", updatable = false)
  private Long complaintId;

  @Column(nullable = false, updatable = false)
  private int score;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private SurveyOccasion occasion;

  @Column(length = 1000, updatable = false)
  private String comment;

  @Column(name = "recorded_by", nullable = false, length = 40, updatable = false)
  private String recordedBy;

  @Column(name = "answered_at", nullable = false, updatable = false)
  private Instant answeredAt;

  @Column(name = "follow_up_id", updatable = false)
  private Long followUpId;

  @Column(name = "recovery_id")
  private Long recoveryId;

  /** The staff member the score rates (a sale's consultant, a job's technician), if known. */
  @Column(name = "rated_user_id", updatable = false)
  private Long ratedUserId;

  protected SatisfactionSurvey() {}

  SatisfactionSurvey(
      long storeId,
      Long customerId,
      int score,
      SurveyOccasion occasion,
      String comment,
      String recordedBy,
      Instant answeredAt) {
    this.storeId = storeId;
    this.customerId = customerId;
    this.score = score;
    this.occasion = occasion;
    this.comment = comment;
    this.recordedBy = recordedBy;
    this.answeredAt = answeredAt;
  }

  SurveyView toView() {
    return new SurveyView(
        id,
        customerId,
        score,
        occasion,
        comment,
        recordedBy,
        answeredAt,
        recoveryId,
        complaintId,
        ratedUserId);
  }

  Long id() {
    return id;
  }

  SurveyOccasion occasion() {
    return occasion;
  }

  int score() {
    return score;
  }

  Long storeId() {
    return storeId;
  }

  /** The follow-up (a callback) in which the customer was asked. */
  void askedIn(Long followUp) {
    followUpId = followUp;
  }

  /** The staff member the score rates (a sale's consultant), if known. */
  void rates(Long userId) {
    ratedUserId = userId;
  }

  /** The complaint a "complaint closed" survey is about. */
  void about(Long complaint) {
    complaintId = complaint;
  }

  /** The recovery task a low score opened. */
  void recoveredBy(Long followUp) {
    recoveryId = followUp;
  }
}
