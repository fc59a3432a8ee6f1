package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RuleViolationException;

/** The follow-up queues and their completion. */
public interface FollowUps {
  /** A consultant's queue (their own unless a manager names another), due soonest first. */
  Page<FollowUpView> queue(@NotNull FollowUpQueue queue, Long consultantId, PageRequest page);

  /**
   * The open follow-ups due from one day to another (both included, the chain's calendar), soonest
   * first: the consultant's week ahead. At most {@link #MAX_RANGE_DAYS} days.
   */
  Page<FollowUpView> dueBetween(
      @NotNull LocalDate from, @NotNull LocalDate to, Long consultantId, PageRequest page);

  /** The longest range {@link #dueBetween} lists. */
  int MAX_RANGE_DAYS = 62;

  /** Refuses a range {@link #dueBetween} does not list (the end first, or too long), at "to". */
  static void checkRange(LocalDate from, LocalDate to) {
    if (to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
      throw RuleViolationException.refused(
          "error.followUp.range",
          "to",
          "The range runs from 'from' to 'to', at most " + MAX_RANGE_DAYS + " days",
          Map.of("maxDays", MAX_RANGE_DAYS));
    }
  }

  /** The coming days {@link FollowUpQueue#UPCOMING} shows: tomorrow and the six after. */
  int UPCOMING_DAYS = 7;

  /**
   * Plans a contact with any customer: a follow-up in the named consultant's queue that counts as
   * the customer's contact plan. Due in the future; another store's customer is not found.
   */
  FollowUpView plan(@NotNull @Valid NewFollowUp plan);

  /** A task of the caller's queue (a consultant) or store (a manager); others are not found. */
  FollowUpView get(long id);

  /** Records the outcome and schedules the next follow-up from the customer's current grade. */
  FollowUpView complete(long id, @NotNull @Valid FollowUpCompletion completion);

  /**
   * The manager hands an escalated follow-up to an active consultant of its store, due again (the
   * escalation is cleared: it escalates anew if this consultant lets it slip). Managers and
   * administrators; another store's task is not found; a task not escalated or not open is a
   * conflict.
   */
  FollowUpView reassignEscalated(long id, @NotNull @Valid FollowUpHandover handover);

  /** The manager closes an escalated follow-up with a reason (it is cancelled, the reason kept). */
  FollowUpView closeEscalated(long id, @NotNull @Valid FollowUpClosure closure);

  /** Runs the follow-up sweep now (administrators); running it twice creates nothing twice. */
  SweepReport runSweep();
}
