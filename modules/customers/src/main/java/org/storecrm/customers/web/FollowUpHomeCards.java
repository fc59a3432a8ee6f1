package org.storecrm.customers.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.storecrm.customers.FollowUpQueue;
import org.storecrm.customers.FollowUpView;
import org.storecrm.customers.FollowUps;
import org.storecrm.platform.HomeCard;
import org.storecrm.platform.HomeCardContribution;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.Dates;

/**
 * The caller's follow-up queue on the home page: how many are due by the end of today (the first
 * few customers named, soonest first) and how many are already overdue.
 */
@RequestScoped
public class FollowUpHomeCards implements HomeCardContribution {
  static final int NAMED = 5;

  @Inject FollowUps followUps;
  @Inject Dates dates;

  @Override
  public Set<Role> roles() {
    return Set.of(Role.CONSULTANT, Role.MANAGER);
  }

  @Override
  public List<HomeCard> cards() {
    Page<FollowUpView> due = followUps.queue(FollowUpQueue.DUE, null, PageRequest.first(NAMED));
    Page<FollowUpView> overdue = followUps.queue(FollowUpQueue.OVERDUE, null, PageRequest.first(1));
    return List.of(
        new HomeCard(
            "card-followups-due",
            CustomersMenu.BUNDLE,
            "home.followUpsDue",
            30,
            String.valueOf(due.total()),
            due.items().stream()
                .map(f -> f.customerName() + " · " + dates.dateTime(f.dueAt()))
                .toList(),
            "/customers/follow-ups.xhtml"),
        new HomeCard(
            "card-followups-overdue",
            CustomersMenu.BUNDLE,
            "home.followUpsOverdue",
            31,
            String.valueOf(overdue.total()),
            List.of(),
            "/customers/follow-ups.xhtml"));
  }
}
