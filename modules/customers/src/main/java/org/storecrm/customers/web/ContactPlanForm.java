package org.storecrm.customers.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.ContactPlanPurpose;
import org.storecrm.customers.FollowUps;
import org.storecrm.customers.NewFollowUp;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.web.api.FormErrors;

/**
 * The card's "plan a contact" form: when, why, what, and (for a manager) which consultant. The
 * planned contact is the customer's next follow-up and counts as their contact plan.
 */
@Named
@ViewScoped
public class ContactPlanForm implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "planForm";

  @Inject CustomerCardPage page;
  @Inject transient FollowUps followUps;
  @Inject transient StaffDirectory staff;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Clock clock;

  private LocalDateTime dueAt;
  private ContactPlanPurpose purpose = ContactPlanPurpose.CALLBACK;
  private String step;
  private Long consultantId;
  private Map<Long, String> consultants;

  public void plan() {
    try {
      followUps.plan(
          new NewFollowUp(
              page.getId(),
              dueAt == null ? null : dueAt.atZone(clock.getZone()).toInstant(),
              purpose,
              step,
              consultantId));
    } catch (RuntimeException e) {
      errors.showInForm(e, FORM, CustomersMenu.BUNDLE);
      return;
    }
    dueAt = null;
    step = null;
    page.refresh();
    page.confirm(FORM, "plan.saved");
  }

  /** Managers choose who makes the contact; a consultant plans their own. */
  public boolean isConsultantChosen() {
    return !user.hasRole(Role.CONSULTANT);
  }

  /** The store's active consultants (a manager's choice), read once per view. */
  public Map<Long, String> getConsultants() {
    if (consultants == null) {
      consultants = new LinkedHashMap<>();
      if (isConsultantChosen()) {
        staff
            .find(new UserFilter(null, Role.CONSULTANT, null, true), PageRequest.first(200))
            .items()
            .forEach(u -> consultants.put(u.id(), u.fullName()));
      }
    }
    return consultants;
  }

  public List<Long> getConsultantIds() {
    return List.copyOf(getConsultants().keySet());
  }

  public ContactPlanPurpose[] getPurposes() {
    return ContactPlanPurpose.values();
  }

  public LocalDateTime getDueAt() {
    return dueAt;
  }

  public void setDueAt(LocalDateTime dueAt) {
    this.dueAt = dueAt;
  }

  public ContactPlanPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(ContactPlanPurpose purpose) {
    this.purpose = purpose;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public Long getConsultantId() {
    return consultantId;
  }

  public void setConsultantId(Long consultantId) {
    this.consultantId = consultantId;
  }
}
