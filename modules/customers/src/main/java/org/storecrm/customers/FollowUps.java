package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/** The follow-up queues and their completion. */
public interface FollowUps {
  /** A consultant's queue (their own unless a manager names another), due soonest first. */
  Page<FollowUpView> queue(@NotNull FollowUpQueue queue, Long consultantId, PageRequest page);

  /** Records the outcome and schedules the next follow-up from the customer's current grade. */
  FollowUpView complete(long id, @NotNull @Valid FollowUpCompletion completion);

  /** Runs the follow-up sweep now (administrators); running it twice creates nothing twice. */
  SweepReport runSweep();
}
