package org.storecrm.customers.internal.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.SurveyOccasion;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.followups.FollowUp;
import org.storecrm.customers.internal.followups.FollowUpScheduler;

/**
 * The one way a satisfaction score is recorded, from a survey or from a completed follow-up: the
 * survey row, and where {@link SatisfactionRule} says so a recovery task in the store manager's
 * queue (a task without a consultant), due at once. Runs inside the caller's transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class SatisfactionRecorder {
  @PersistenceContext EntityManager em;
  @Inject SatisfactionRule rule;
  @Inject FollowUpScheduler scheduler;

  public SatisfactionSurvey record(
      Customer customer,
      int score,
      SurveyOccasion occasion,
      String comment,
      String recordedBy,
      Instant answeredAt,
      Long followUpId,
      Long ratedUserId,
      Instant now) {
    SatisfactionSurvey survey =
        new SatisfactionSurvey(
            customer.storeId(), customer.id(), score, occasion, comment, recordedBy, answeredAt);
    survey.askedIn(followUpId);
    survey.rates(ratedUserId);
    if (rule.needsRecovery(score)) {
      FollowUp recovery = new FollowUp(customer, FollowUpReason.RECOVERY, now);
      recovery.toManagersQueue();
      em.persist(recovery);
      em.flush();
      survey.recoveredBy(recovery.id());
      scheduler.refreshNextDue(customer);
    }
    em.persist(survey);
    return survey;
  }

  /**
   * The "complaint closed" survey, given in the complaint's satisfaction callback: on the
   * complaint's card, or without one on the complaint alone; a low score opens the recovery task
   * about the complaint (with the caller's phone when there is no card).
   */
  public SatisfactionSurvey recordComplaintClosed(
      Complaint complaint,
      Customer customer,
      int score,
      String comment,
      String recordedBy,
      Long followUpId,
      Instant now) {
    SatisfactionSurvey survey =
        new SatisfactionSurvey(
            complaint.storeId(),
            complaint.customerId(),
            score,
            SurveyOccasion.COMPLAINT_CLOSED,
            comment,
            recordedBy,
            now);
    survey.about(complaint.id());
    survey.askedIn(followUpId);
    if (rule.needsRecovery(score)) {
      FollowUp recovery = FollowUp.aboutComplaint(complaint, FollowUpReason.RECOVERY, now);
      em.persist(recovery);
      em.flush();
      survey.recoveredBy(recovery.id());
      if (customer != null) {
        scheduler.refreshNextDue(customer);
      }
    }
    em.persist(survey);
    return survey;
  }
}
