package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.ConsultantLoad;
import org.storecrm.customers.CustomerAssignments;
import org.storecrm.customers.CustomerReports;
import org.storecrm.customers.FollowUpClosure;
import org.storecrm.customers.FollowUpHandover;
import org.storecrm.customers.FollowUpQueue;
import org.storecrm.customers.FollowUpView;
import org.storecrm.customers.FollowUps;
import org.storecrm.customers.IntentGrade;
import org.storecrm.customers.IntentStatusFilter;
import org.storecrm.customers.IntentStatusRow;
import org.storecrm.customers.Reassignment;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/**
 * The manager's follow-up discipline view: every consultant's open, due-today and overdue tasks (a
 * chart), the intent-customer contact status (意向顾客接触状况表) with its filters and Excel export, and
 * bulk reassignment of the selected customers.
 */
@Named
@ViewScoped
public class TeamFollowUpPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerReports reports;
  @Inject transient CustomerAssignments assignments;
  @Inject transient StaffDirectory staff;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private List<ConsultantLoad> load;
  private Map<Long, String> consultantNames;
  private PagedModel<IntentStatusRow> intentStatus;
  private IntentGrade grade;
  private Long consultantId;
  private boolean overdueOnly;
  private boolean leads;
  private List<IntentStatusRow> selected = new ArrayList<>();
  private Long reassignTo;
  // Escalated follow-ups (issue 15): the manager hands one to a consultant or closes it.
  @Inject transient FollowUps followUps;
  private PagedModel<FollowUpView> escalated;
  private FollowUpView escalatedSelected;
  private Long handTo;
  private String closeReason;

  @PostConstruct
  void init() {
    consultantNames = new LinkedHashMap<>();
    staff
        .find(new UserFilter(null, Role.CONSULTANT, null, true), PageRequest.first(200))
        .items()
        .forEach(u -> consultantNames.put(u.id(), u.fullName()));
    intentStatus = intentStatusModel();
    load = reports.consultantLoad();
    escalated = escalatedModel();
  }

  // --- Escalated follow-ups (issue 15) ---

  private PagedModel<FollowUpView> escalatedModel() {
    return new PagedModel<>(
        "dueAt",
        (page, filters) -> followUps.queue(FollowUpQueue.ESCALATED, null, page),
        FollowUpView::id);
  }

  /** Hands the selected escalated follow-up to the chosen consultant, due now. */
  public void handOver() {
    if (escalatedSelected == null) {
      nothingSelected();
      return;
    }
    try {
      followUps.reassignEscalated(
          escalatedSelected.id(), new FollowUpHandover(handTo, null, escalatedSelected.version()));
    } catch (RuntimeException e) {
      errors.showInForm(e, "escalatedForm", CustomersMenu.BUNDLE);
      return;
    }
    escalatedDone("escalated.reassigned");
  }

  /** Closes the selected escalated follow-up with the reason given. */
  public void closeEscalated() {
    if (escalatedSelected == null) {
      nothingSelected();
      return;
    }
    try {
      followUps.closeEscalated(
          escalatedSelected.id(), new FollowUpClosure(closeReason, escalatedSelected.version()));
    } catch (RuntimeException e) {
      errors.showInForm(e, "escalatedForm", CustomersMenu.BUNDLE);
      return;
    }
    escalatedDone("escalated.closed");
  }

  private void nothingSelected() {
    FacesContext.getCurrentInstance()
        .addMessage(
            "escalatedForm",
            new FacesMessage(
                FacesMessage.SEVERITY_WARN,
                texts.fromBundle(CustomersMenu.BUNDLE, "escalated.selectOne"),
                null));
  }

  private void escalatedDone(String key) {
    escalatedSelected = null;
    handTo = null;
    closeReason = null;
    escalated = escalatedModel();
    load = reports.consultantLoad();
    FacesContext.getCurrentInstance()
        .addMessage("escalatedForm", new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, key)));
  }

  public PagedModel<FollowUpView> getEscalated() {
    return escalated;
  }

  /** The store's open escalated follow-ups, for the heading. */
  public long getEscalatedCount() {
    return followUps.queue(FollowUpQueue.ESCALATED, null, PageRequest.first(1)).total();
  }

  public FollowUpView getEscalatedSelected() {
    return escalatedSelected;
  }

  public void setEscalatedSelected(FollowUpView escalatedSelected) {
    this.escalatedSelected = escalatedSelected;
  }

  public Long getHandTo() {
    return handTo;
  }

  public void setHandTo(Long handTo) {
    this.handTo = handTo;
  }

  public String getCloseReason() {
    return closeReason;
  }

  public void setCloseReason(String closeReason) {
    this.closeReason = closeReason;
  }

  // --- end of escalated follow-ups ---

  /** The filters changed: a fresh model counts again and starts from the first page. */
  public void filter() {
    selected = new ArrayList<>();
    intentStatus = intentStatusModel();
  }

  private PagedModel<IntentStatusRow> intentStatusModel() {
    IntentStatusFilter filter = new IntentStatusFilter(grade, consultantId, overdueOnly, leads);
    return new PagedModel<>(
        "nextFollowUpDue",
        (page, filters) -> reports.intentStatus(filter, page),
        IntentStatusRow::customerId);
  }

  public void reassign() {
    int moved;
    try {
      moved =
          assignments.reassign(
              new Reassignment(
                  selected.stream().map(IntentStatusRow::customerId).toList(), reassignTo));
    } catch (RuntimeException e) {
      errors.show(e, "reassignForm", CustomersMenu.BUNDLE);
      return;
    }
    selected = new ArrayList<>();
    load = reports.consultantLoad();
    intentStatus = intentStatusModel();
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(texts.fromBundle(CustomersMenu.BUNDLE, "team.reassigned", moved)));
  }

  public String consultantName(Long id) {
    if (id == null) {
      return texts.fromBundle(CustomersMenu.BUNDLE, "team.unassigned");
    }
    return consultantNames.getOrDefault(id, "#" + id);
  }

  /** Due today and overdue per consultant, as stacked bars. */
  public String getLoadChart() {
    return Charts.stackedBar(
        load.stream().map(l -> consultantName(l.consultantId())).toList(),
        List.of(
            Charts.Series.counts(
                texts.fromBundle(CustomersMenu.BUNDLE, "team.overdue"),
                load.stream().map(ConsultantLoad::overdue).toList()),
            Charts.Series.counts(
                texts.fromBundle(CustomersMenu.BUNDLE, "team.dueToday"),
                load.stream().map(ConsultantLoad::dueToday).toList())));
  }

  public List<ConsultantLoad> getLoad() {
    return load;
  }

  public Map<Long, String> getConsultants() {
    return consultantNames;
  }

  public List<Long> getConsultantIds() {
    return new ArrayList<>(consultantNames.keySet());
  }

  public IntentGrade[] getGrades() {
    return IntentGrade.values();
  }

  public PagedModel<IntentStatusRow> getIntentStatus() {
    return intentStatus;
  }

  public IntentGrade getGrade() {
    return grade;
  }

  public void setGrade(IntentGrade grade) {
    this.grade = grade;
  }

  public Long getConsultantId() {
    return consultantId;
  }

  public void setConsultantId(Long consultantId) {
    this.consultantId = consultantId;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }

  public boolean isLeads() {
    return leads;
  }

  public void setLeads(boolean leads) {
    this.leads = leads;
  }

  public List<IntentStatusRow> getSelected() {
    return selected;
  }

  public void setSelected(List<IntentStatusRow> selected) {
    this.selected = selected;
  }

  public Long getReassignTo() {
    return reassignTo;
  }

  public void setReassignTo(Long reassignTo) {
    this.reassignTo = reassignTo;
  }
}
