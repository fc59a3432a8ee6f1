package org.storecrm.customers.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.storecrm.customers.NewPhoneIn;
import org.storecrm.customers.PhoneInStep;
import org.storecrm.customers.PhoneInView;
import org.storecrm.customers.PhoneIns;
import org.storecrm.platform.web.api.Dates;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * The phone-in register's checklist (issue 15): the consultant ticks the chain's steps while taking
 * the call, records it on a card or not, and promises a callback when they cannot answer now; the
 * acknowledgement shows the callback's time and the care message sent.
 */
@Named
@ViewScoped
public class PhoneInPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PhoneIns phoneIns;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Dates dates;
  @Inject transient java.time.Clock clock;

  private Long customerId;
  private String callerName;
  private String callerPhone;
  private String language = "zh_CN";
  private String purpose;
  private String outcome;
  private String note;

  /** The ticked steps' names (a many-checkbox posts strings). */
  private List<String> steps = new ArrayList<>();

  private boolean cannotAnswerNow;
  private LocalDateTime callbackBy;
  private PhoneInView recorded;

  public void save() {
    try {
      ZoneId zone = clock.getZone();
      recorded =
          phoneIns.record(
              new NewPhoneIn(
                  customerId,
                  customerId == null ? callerName : null,
                  customerId == null ? callerPhone : null,
                  customerId == null ? language : null,
                  purpose,
                  outcome,
                  note,
                  steps(),
                  cannotAnswerNow,
                  callbackBy == null ? null : callbackBy.atZone(zone).toInstant()));
    } catch (RuntimeException e) {
      errors.show(e, "phoneInForm", CustomersMenu.BUNDLE);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null, new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, "phoneIn.saved")));
    if (recorded.callbackDueAt() != null) {
      faces.addMessage(
          null,
          new FacesMessage(
              texts.fromBundle(
                  CustomersMenu.BUNDLE,
                  "phoneIn.callbackPromised",
                  dates.dateTime(recorded.callbackDueAt()))));
    }
    if (recorded.careMessageSent()) {
      faces.addMessage(
          null,
          new FacesMessage(
              texts.fromBundle(CustomersMenu.BUNDLE, "phoneIn.careSent", recorded.careMessage())));
    }
    customerId = null;
    callerName = null;
    callerPhone = null;
    purpose = null;
    outcome = null;
    note = null;
    steps = new ArrayList<>();
    cannotAnswerNow = false;
    callbackBy = null;
  }

  private EnumSet<PhoneInStep> steps() {
    EnumSet<PhoneInStep> ticked = EnumSet.noneOf(PhoneInStep.class);
    steps.forEach(name -> ticked.add(PhoneInStep.valueOf(name)));
    return ticked;
  }

  public PhoneInStep[] getAllSteps() {
    return PhoneInStep.values();
  }

  public PhoneInView getRecorded() {
    return recorded;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getCallerName() {
    return callerName;
  }

  public void setCallerName(String callerName) {
    this.callerName = callerName;
  }

  public String getCallerPhone() {
    return callerPhone;
  }

  public void setCallerPhone(String callerPhone) {
    this.callerPhone = callerPhone;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<String> getSteps() {
    return steps;
  }

  public void setSteps(List<String> steps) {
    this.steps = steps;
  }

  public boolean isCannotAnswerNow() {
    return cannotAnswerNow;
  }

  public void setCannotAnswerNow(boolean cannotAnswerNow) {
    this.cannotAnswerNow = cannotAnswerNow;
  }

  public LocalDateTime getCallbackBy() {
    return callbackBy;
  }

  public void setCallbackBy(LocalDateTime callbackBy) {
    this.callbackBy = callbackBy;
  }
}
