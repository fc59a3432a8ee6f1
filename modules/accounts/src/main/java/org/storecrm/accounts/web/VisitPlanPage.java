package org.storecrm.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.storecrm.accounts.AccountFilter;
import org.storecrm.accounts.AccountSummary;
import org.storecrm.accounts.Accounts;
import org.storecrm.accounts.NeedsAnswers;
import org.storecrm.accounts.NewVisit;
import org.storecrm.accounts.VisitKind;
import org.storecrm.accounts.VisitPlan;
import org.storecrm.accounts.Visits;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * Today's visit plan (拜访计划): the cold-visit target and what was done, the planned visits (overdue
 * ones flagged), the accounts due a visit by the rules; and the visit log with the five needs
 * questions and the next step.
 */
@Named
@ViewScoped
public class VisitPlanPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int ACCOUNT_CHOICES = 200;

  @Inject transient Visits visits;
  @Inject transient Accounts accounts;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private LocalDate day;
  private VisitPlan plan;
  private Map<String, Long> accountChoices;

  // The visit being logged.
  private Long accountId;
  private VisitKind kind = VisitKind.CLIENT;
  private boolean done = true;
  private String whoUses;
  private String forWhat;
  private String canUse;
  private String values;
  private String budget;
  private String nextStep;

  public void load() {
    plan = visits.plan(day, null);
    day = plan.day();
    accountChoices = new LinkedHashMap<>();
    for (AccountSummary a :
        accounts
            .find(
                new AccountFilter(null, null, user.userId().orElse(-1L), null, null),
                PageRequest.first(ACCOUNT_CHOICES))
            .items()) {
      accountChoices.put(a.name(), a.id());
    }
  }

  public void logVisit() {
    if (accountId == null) {
      errors.show(
          RuleViolationException.refused(
              "visit.accountRequired", "accountId", "Choose the account"),
          "visitForm",
          AccountsMenu.BUNDLE);
      return;
    }
    try {
      visits.log(
          accountId,
          new NewVisit(
              kind,
              done ? null : day,
              done ? Instant.now() : null,
              new NeedsAnswers(whoUses, forWhat, canUse, values, budget),
              nextStep));
    } catch (RuntimeException e) {
      errors.show(e, "visitForm", AccountsMenu.BUNDLE);
      return;
    }
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                texts.fromBundle(AccountsMenu.BUNDLE, done ? "visit.logged" : "visit.planned")));
    whoUses = forWhat = canUse = values = budget = nextStep = null;
    accountId = null;
    load();
  }

  public VisitKind[] getKinds() {
    return VisitKind.values();
  }

  public VisitPlan getPlan() {
    return plan;
  }

  public Map<String, Long> getAccountChoices() {
    return accountChoices;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public VisitKind getKind() {
    return kind;
  }

  public void setKind(VisitKind kind) {
    this.kind = kind;
  }

  public boolean isDone() {
    return done;
  }

  public void setDone(boolean done) {
    this.done = done;
  }

  public String getWhoUses() {
    return whoUses;
  }

  public void setWhoUses(String whoUses) {
    this.whoUses = whoUses;
  }

  public String getForWhat() {
    return forWhat;
  }

  public void setForWhat(String forWhat) {
    this.forWhat = forWhat;
  }

  public String getCanUse() {
    return canUse;
  }

  public void setCanUse(String canUse) {
    this.canUse = canUse;
  }

  public String getValues() {
    return values;
  }

  public void setValues(String values) {
    this.values = values;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public String getNextStep() {
    return nextStep;
  }

  public void setNextStep(String nextStep) {
    this.nextStep = nextStep;
  }
}
