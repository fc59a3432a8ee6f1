package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.storecrm.customers.FollowUpCompletion;
import org.storecrm.customers.FollowUpQueue;
import org.storecrm.customers.FollowUpView;
import org.storecrm.customers.FollowUps;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/**
 * "My follow-ups": overdue first, then due today, then the coming days (a week ahead unless the
 * consultant picks other days); one click opens the outcome form.
 */
@Named
@ViewScoped
public class MyFollowUps implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient FollowUps followUps;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private PagedModel<FollowUpView> overdue;
  private PagedModel<FollowUpView> due;
  private PagedModel<FollowUpView> upcoming;
  private LocalDate upcomingFrom;
  private LocalDate upcomingTo;
  private Long selectedId;
  private String outcome;
  private Integer satisfaction;

  @PostConstruct
  void init() {
    overdue =
        new PagedModel<>(
            "dueAt", (page, filters) -> followUps.queue(FollowUpQueue.OVERDUE, null, page));
    due =
        new PagedModel<>(
            "dueAt", (page, filters) -> followUps.queue(FollowUpQueue.DUE, null, page));
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    upcomingFrom = tomorrow;
    upcomingTo = tomorrow.plusDays(FollowUps.UPCOMING_DAYS - 1);
    upcoming =
        new PagedModel<>(
            "dueAt", (page, filters) -> followUps.dueBetween(upcomingFrom, upcomingTo, null, page));
  }

  /** Shows the coming days picked; a range the rule refuses is explained at the field. */
  public void showUpcoming() {
    if (upcomingFrom == null || upcomingTo == null) {
      return;
    }
    try {
      FollowUps.checkRange(upcomingFrom, upcomingTo);
    } catch (RuntimeException e) {
      errors.show(e, "queueForm", CustomersMenu.BUNDLE);
      LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
      upcomingFrom = tomorrow;
      upcomingTo = tomorrow.plusDays(FollowUps.UPCOMING_DAYS - 1);
    }
  }

  public void select(long id) {
    selectedId = id;
    outcome = null;
    satisfaction = null;
  }

  public void complete() {
    try {
      followUps.complete(selectedId, new FollowUpCompletion(outcome, satisfaction, null));
    } catch (RuntimeException e) {
      errors.show(e, "completeForm", CustomersMenu.BUNDLE);
      return;
    }
    selectedId = null;
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, "followUps.completed")));
  }

  /** The satisfaction scale, 1 to 5. */
  public java.util.List<Integer> getScores() {
    return java.util.List.of(1, 2, 3, 4, 5);
  }

  public PagedModel<FollowUpView> getOverdue() {
    return overdue;
  }

  public PagedModel<FollowUpView> getDue() {
    return due;
  }

  public PagedModel<FollowUpView> getUpcoming() {
    return upcoming;
  }

  public LocalDate getUpcomingFrom() {
    return upcomingFrom;
  }

  public void setUpcomingFrom(LocalDate upcomingFrom) {
    this.upcomingFrom = upcomingFrom;
  }

  public LocalDate getUpcomingTo() {
    return upcomingTo;
  }

  public void setUpcomingTo(LocalDate upcomingTo) {
    this.upcomingTo = upcomingTo;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public Integer getSatisfaction() {
    return satisfaction;
  }

  public void setSatisfaction(Integer satisfaction) {
    this.satisfaction = satisfaction;
  }
}
