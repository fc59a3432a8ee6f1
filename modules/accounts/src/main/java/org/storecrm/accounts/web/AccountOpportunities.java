package org.storecrm.accounts.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Role;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Category;
import org.storecrm.sales.NewOpportunity;
import org.storecrm.sales.Opportunities;
import org.storecrm.sales.OpportunityView;
import org.storecrm.sales.Stage;
import org.storecrm.sales.StageMove;

/**
 * The account's opportunities (商机) on its page: the sales module's opportunity model, opened for
 * the account and moved one stage at a time.
 */
@Named
@ViewScoped
public class AccountOpportunities implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The sales module's texts, where its refusals (a stage backward, a closed one) are worded. */
  private static final String SALES_BUNDLE = "org.storecrm.sales.messages";

  @Inject transient Opportunities opportunities;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private long accountId;
  private List<OpportunityView> list = List.of();
  private Category category = Category.DESKTOP;
  private BigDecimal budget;
  private LocalDate expectedClose;

  /** Those who work the account's funnel: account managers, managers and head office. */
  public boolean isVisible() {
    return user.hasRole(Role.ACCOUNT_MANAGER)
        || user.hasRole(Role.MANAGER)
        || user.hasRole(Role.ADMIN);
  }

  public void load(long accountId) {
    this.accountId = accountId;
    if (isVisible()) {
      list = opportunities.ofAccount(accountId);
    }
  }

  public void open() {
    OpportunityView opened;
    try {
      opened =
          opportunities.open(
              new NewOpportunity(null, accountId, category, budget, expectedClose, null));
    } catch (RuntimeException e) {
      errors.show(e, "opportunityForm", SALES_BUNDLE);
      return;
    }
    budget = null;
    expectedClose = null;
    info("opportunity.opened", opened.id());
    load(accountId);
  }

  /** One click: the next stage of the way to delivery. */
  public void advance(OpportunityView row) {
    Stage next = row.stage().next();
    if (next == null) {
      return;
    }
    try {
      opportunities.move(row.id(), new StageMove(next, null, null, null, null, row.version()));
    } catch (RuntimeException e) {
      errors.show(e, "opportunityForm", SALES_BUNDLE);
      return;
    }
    info("opportunity.moved", row.id());
    load(accountId);
  }

  public boolean canAdvance(OpportunityView row) {
    return row.stage().next() != null;
  }

  /** The next stage's name, which the advance button shows. */
  public String nextStageName(OpportunityView row) {
    Stage next = row.stage().next();
    return next == null ? "" : texts.fromBundle(SALES_BUNDLE, "Stage." + next);
  }

  private void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(texts.fromBundle(AccountsMenu.BUNDLE, key, arguments)));
  }

  public List<OpportunityView> getList() {
    return list;
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public void setBudget(BigDecimal budget) {
    this.budget = budget;
  }

  public LocalDate getExpectedClose() {
    return expectedClose;
  }

  public void setExpectedClose(LocalDate expectedClose) {
    this.expectedClose = expectedClose;
  }
}
