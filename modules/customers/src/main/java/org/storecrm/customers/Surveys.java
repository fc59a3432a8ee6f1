package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Satisfaction surveys. A score below {@code storecrm.customers.recovery-below} (default 4) opens a
 * recovery task in the store manager's follow-up queue; completing a follow-up with a score goes
 * through the same rule.
 */
public interface Surveys {
  SurveyView record(long customerId, @NotNull @Valid NewSurvey survey);

  /**
   * A survey that rates a staff member the calling module vouches for (issue 15: the services
   * module's job feedback rates the job's technician). Not offered over REST, where a post-sale
   * survey rates the customer's consultant.
   */
  SurveyView recordRated(long customerId, @NotNull @Valid NewSurvey survey, long ratedUserId);

  /** The customer's surveys, newest first. */
  List<SurveyView> ofCustomer(long customerId, int limit);

  /**
   * The measures of a store over {@code from}–{@code to} (days of the chain's zone, both included).
   * Store staff get their own store; head office names one.
   */
  SatisfactionMeasures measures(Long storeId, @NotNull LocalDate from, @NotNull LocalDate to);
}
