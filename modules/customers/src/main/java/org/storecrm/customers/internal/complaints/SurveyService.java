package org.storecrm.customers.internal.complaints;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.NewSurvey;
import org.storecrm.customers.SatisfactionMeasures;
import org.storecrm.customers.SurveyOccasion;
import org.storecrm.customers.SurveyView;
import org.storecrm.customers.Surveys;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.customers.internal.cards.CustomerService;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.SERVICE, Roles.MANAGER, Roles.ADMIN})
public class SurveyService implements Surveys {
  static final String RECORD_TYPE = "Survey";

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject SatisfactionRecorder recorder;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public SurveyView record(long customerId, NewSurvey input) {
    Customer customer = customer(customerId);
    // A post-sale survey given on the card rates the customer's consultant.
    return record(
        customer,
        input,
        input.occasion() == SurveyOccasion.POST_SALE ? customer.consultantId() : null);
  }

  @Override
  public SurveyView recordRated(long customerId, NewSurvey input, long ratedUserId) {
    return record(customer(customerId), input, ratedUserId);
  }

  private SurveyView record(Customer customer, NewSurvey input, Long ratedUserId) {
    Instant now = clock.instant();
    SatisfactionSurvey survey =
        recorder.record(
            customer,
            input.score(),
            input.occasion(),
            input.comment(),
            user.username(),
            input.answeredAt() == null ? now : input.answeredAt(),
            null,
            ratedUserId,
            now);
    em.flush();
    audit.created(
        new AuditedRecord(RECORD_TYPE, survey.id(), survey.storeId()),
        Map.of(
            "customerId", customer.id(), "score", survey.score(), "occasion", survey.occasion()));
    return survey.toView();
  }

  @Override
  public List<SurveyView> ofCustomer(long customerId, int limit) {
    Customer customer = customer(customerId);
    return em
        .createQuery(
            "select s from SatisfactionSurvey s where s.customerId = :customer"
                + " order by s.answeredAt desc, s.id desc",
            SatisfactionSurvey.class)
        .setParameter("customer", customer.id())
        .setMaxResults(Math.max(1, Math.min(limit, 200)))
        .getResultList()
        .stream()
        .map(SatisfactionSurvey::toView)
        .toList();
  }

  @Override
  @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
  public SatisfactionMeasures measures(Long storeId, LocalDate from, LocalDate to) {
    long store = scope.storeForNewRecord(storeId, "satisfaction measure");
    if (to.isBefore(from)) {
      throw RuleViolationException.refused(
          "error.survey.range", "to", "The range ends before it starts");
    }
    Object[] row =
        em.createQuery(
                "select count(s), sum(s.score), sum(case when s.score = 5 then 1 else 0 end)"
                    + " from SatisfactionSurvey s where s.storeId = :store"
                    + " and s.answeredAt >= :from and s.answeredAt < :until",
                Object[].class)
            .setParameter("store", store)
            .setParameter("from", from.atStartOfDay(clock.getZone()).toInstant())
            .setParameter("until", to.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
            .getSingleResult();
    return measures(store, from, to, number(row[0]), number(row[1]), number(row[2]));
  }

  /** The average and the share of 5s, to two decimals; null when nobody answered. */
  public static SatisfactionMeasures measures(
      long store, LocalDate from, LocalDate to, long surveys, long scoreSum, long fives) {
    if (surveys == 0) {
      return new SatisfactionMeasures(store, from, to, 0, 0, null, null);
    }
    BigDecimal count = BigDecimal.valueOf(surveys);
    return new SatisfactionMeasures(
        store,
        from,
        to,
        surveys,
        fives,
        BigDecimal.valueOf(scoreSum).divide(count, 2, RoundingMode.HALF_UP),
        BigDecimal.valueOf(fives).divide(count, 2, RoundingMode.HALF_UP));
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private Customer customer(long id) {
    Customer customer = em.find(Customer.class, id);
    if (customer == null) {
      throw new RecordNotFoundException(CustomerService.RECORD_TYPE, id);
    }
    scope.checkVisible(customer.storeId(), CustomerService.RECORD_TYPE, id);
    return customer;
  }
}
