package org.storecrm.sales.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storecrm.customers.Classifications;
import org.storecrm.customers.CustomerCard;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerSummary;
import org.storecrm.customers.LostReason;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Category;
import org.storecrm.sales.NewOpportunity;
import org.storecrm.sales.Opportunities;
import org.storecrm.sales.OpportunityFilter;
import org.storecrm.sales.OpportunitySummary;
import org.storecrm.sales.OpportunityView;
import org.storecrm.sales.Stage;
import org.storecrm.sales.StageMove;

/**
 * The opportunities (销售机会): a consultant's own, a manager's whole store, filtered by stage,
 * consultant, category and month in the database. With {@code ?customerId=} it is the customer's
 * panel: their card's grade and classification, a new opportunity for them, and theirs only. A row
 * moves on to the next stage in one click, or is lost with a reason from the customers module's
 * list (which makes the customer a lost one).
 */
@Named
@ViewScoped
public class OpportunityList implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int CUSTOMER_MATCHES = 10;

  @Inject transient Opportunities opportunities;
  @Inject transient CustomerDirectory customers;
  @Inject transient Classifications classifications;
  @Inject transient StaffDirectory staff;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  // Filters (also view parameters, so the funnel links to a filtered list).
  private Stage stage;
  private Long consultantId;
  private Category category;
  private String closeMonth;
  private String openedMonth;

  // The customer's panel.
  private Long customerId;
  private CustomerCard customer;
  private String customerQuery;
  private List<CustomerSummary> customerMatches;

  // A new opportunity for the customer.
  private Category newCategory = Category.NOTEBOOK;
  private BigDecimal budget;
  private LocalDate expectedClose;
  private Long newConsultantId;

  // A loss being recorded.
  private OpportunitySummary losing;
  private Long lostReasonId;
  private String competitor;
  private String note;

  private Map<Long, String> consultants;
  private Map<Long, String> holders;
  private List<LostReason> lostReasons;
  private PagedModel<OpportunitySummary> model;

  /** The view action: the customer (another store's is a 404), the names, the list. */
  public void load() {
    if (customerId != null) {
      customer = customers.get(customerId);
    }
    consultants = SalesStaff.consultants(staff, user);
    holders = SalesStaff.holders(staff, user);
    lostReasons = classifications.lostReasons(false);
    filter();
  }

  /** Applies the filters: a new model, so counts and pages start afresh. */
  public void filter() {
    Month close = Month.of(closeMonth, "listForm:closeMonth", texts);
    Month opened = Month.of(openedMonth, "listForm:openedMonth", texts);
    if (!close.valid() || !opened.valid()) {
      return;
    }
    OpportunityFilter wanted =
        new OpportunityFilter(
            stage, consultantId, category, close.value(), opened.value(), customerId, null, null);
    model =
        new PagedModel<>(
            "openedAt",
            (page, filters) -> opportunities.find(wanted, page),
            OpportunitySummary::id);
  }

  /** An optional month filter: blank is no filter; a malformed one shows a message at its field. */
  private record Month(YearMonth value, boolean valid) {
    static Month of(String text, String clientId, Texts texts) {
      if (text == null || text.isBlank() || text.contains("_")) {
        return new Month(null, true);
      }
      return MonthField.parse(text, clientId, texts)
          .map(m -> new Month(m, true))
          .orElse(new Month(null, false));
    }
  }

  public void findCustomers() {
    customerMatches =
        customerQuery == null || customerQuery.isBlank()
            ? List.of()
            : customers.find(customerQuery.trim(), PageRequest.first(CUSTOMER_MATCHES)).items();
  }

  /** Opens an opportunity for the panel's customer at the lead stage. */
  public void open() {
    OpportunityView opened;
    try {
      opened =
          opportunities.open(
              new NewOpportunity(
                  customerId,
                  null,
                  newCategory,
                  budget,
                  expectedClose,
                  isManager() ? newConsultantId : null));
    } catch (RuntimeException e) {
      errors.show(e, "newForm", SalesMenu.BUNDLE);
      return;
    }
    budget = null;
    expectedClose = null;
    info("opportunity.opened", opened.id());
    refresh();
  }

  /** One click: the next stage of the way to delivery. */
  public void advance(OpportunitySummary row) {
    Stage next = row.nextStage();
    if (next == null) {
      return;
    }
    if (move(row, new StageMove(next, null, null, null, null, row.version()))) {
      info("opportunity.moved", row.id(), stageName(next));
    }
  }

  public void startLoss(OpportunitySummary row) {
    losing = row;
    lostReasonId = null;
    competitor = null;
    note = null;
  }

  public void cancelLoss() {
    losing = null;
  }

  /** Records the loss; the customers module records the lost sale with the same reason. */
  public void confirmLoss() {
    if (losing == null) {
      return;
    }
    if (move(
        losing,
        new StageMove(Stage.LOST, lostReasonId, competitor, note, null, losing.version()))) {
      info("opportunity.lost", losing.id());
      losing = null;
    }
  }

  private boolean move(OpportunitySummary row, StageMove move) {
    try {
      opportunities.move(row.id(), move);
    } catch (RuntimeException e) {
      errors.show(e, "listForm", SalesMenu.BUNDLE);
      return false;
    }
    refresh();
    return true;
  }

  /** The card's grade and classification follow the moves: read them again. */
  private void refresh() {
    if (customerId != null) {
      customer = customers.get(customerId);
    }
  }

  private void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(texts.fromBundle(SalesMenu.BUNDLE, key, arguments)));
  }

  /** The label of the stage one click moves the row to (empty once closed). */
  public String nextStageName(OpportunitySummary row) {
    Stage next = row.nextStage();
    return next == null ? "" : stageName(next);
  }

  private String stageName(Stage value) {
    return texts.fromBundle(SalesMenu.BUNDLE, "Stage." + value);
  }

  /** A consultant moves their own opportunities; a manager or head office any of the store's. */
  public boolean canMove(OpportunitySummary row) {
    return row.stage().isOpen()
        && (!user.hasRole(Role.CONSULTANT)
            || user.userId().map(id -> id == row.consultantId()).orElse(false));
  }

  public boolean isManager() {
    return user.hasRole(Role.MANAGER) || user.hasRole(Role.ADMIN);
  }

  /** Opening needs a customer and a role that sells (head office has no store of its own). */
  public boolean isCanOpen() {
    return customer != null && (user.hasRole(Role.CONSULTANT) || user.hasRole(Role.MANAGER));
  }

  public String holderName(long id) {
    return holders.getOrDefault(id, "#" + id);
  }

  public String reasonName(LostReason reason) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return reason.name(locale);
  }

  public Stage[] getStages() {
    return Stage.values();
  }

  public Category[] getCategories() {
    return Category.values();
  }

  public List<Long> getConsultantIds() {
    return new ArrayList<>(consultants.keySet());
  }

  public String consultantName(Long id) {
    return consultants.getOrDefault(id, "#" + id);
  }

  public List<LostReason> getLostReasons() {
    return lostReasons;
  }

  public PagedModel<OpportunitySummary> getModel() {
    return model;
  }

  public CustomerCard getCustomer() {
    return customer;
  }

  public List<CustomerSummary> getCustomerMatches() {
    return customerMatches;
  }

  public OpportunitySummary getLosing() {
    return losing;
  }

  public Stage getStage() {
    return stage;
  }

  public void setStage(Stage stage) {
    this.stage = stage;
  }

  public Long getConsultantId() {
    return consultantId;
  }

  public void setConsultantId(Long consultantId) {
    this.consultantId = consultantId;
  }

  public Category getCategory() {
    return category;
  }

  public void setCategory(Category category) {
    this.category = category;
  }

  public String getCloseMonth() {
    return closeMonth;
  }

  public void setCloseMonth(String closeMonth) {
    this.closeMonth = closeMonth;
  }

  public String getOpenedMonth() {
    return openedMonth;
  }

  public void setOpenedMonth(String openedMonth) {
    this.openedMonth = openedMonth;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public String getCustomerQuery() {
    return customerQuery;
  }

  public void setCustomerQuery(String customerQuery) {
    this.customerQuery = customerQuery;
  }

  public Category getNewCategory() {
    return newCategory;
  }

  public void setNewCategory(Category newCategory) {
    this.newCategory = newCategory;
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

  public Long getNewConsultantId() {
    return newConsultantId;
  }

  public void setNewConsultantId(Long newConsultantId) {
    this.newConsultantId = newConsultantId;
  }

  public Long getLostReasonId() {
    return lostReasonId;
  }

  public void setLostReasonId(Long lostReasonId) {
    this.lostReasonId = lostReasonId;
  }

  public String getCompetitor() {
    return competitor;
  }

  public void setCompetitor(String competitor) {
    this.competitor = competitor;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
