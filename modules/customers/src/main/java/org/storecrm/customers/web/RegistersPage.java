package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.CustomerReports;
import org.storecrm.customers.RegisterDay;
import org.storecrm.customers.RegisterEntries;
import org.storecrm.customers.RegisterEntry;
import org.storecrm.customers.RegisterEntryFilter;
import org.storecrm.customers.SourceFunnel;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/**
 * The visit and phone-in registers with their daily counts and registration rate, every entry of
 * the period (filterable), and the customers of the period by source and how far they came; charted
 * and exportable.
 */
@Named
@ViewScoped
public class RegistersPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int DEFAULT_DAYS = 14;

  @Inject transient CustomerReports reports;
  @Inject transient RegisterEntries registerEntries;
  @Inject transient StaffDirectory staffDirectory;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private LocalDate from;
  private LocalDate to;
  private List<RegisterDay> days = List.of();
  private List<SourceFunnel> funnel = List.of();
  private ContactKind entryKind;
  private String entryRecordedBy;
  private Boolean entryWithDetails;
  private PagedModel<RegisterEntry> entries;
  private Map<String, String> staff;

  @PostConstruct
  void init() {
    to = LocalDate.now(clock);
    from = to.minusDays(DEFAULT_DAYS - 1);
    show();
  }

  public void show() {
    try {
      days = reports.registers(from, to);
      funnel = reports.funnelBySource(from, to);
    } catch (RuntimeException e) {
      errors.show(e, "periodForm", CustomersMenu.BUNDLE);
      return;
    }
    filterEntries();
  }

  /** The entries of the period with the chosen filters, from the first page. */
  public void filterEntries() {
    RegisterEntryFilter filter =
        new RegisterEntryFilter(from, to, entryKind, entryRecordedBy, entryWithDetails);
    entries = new PagedModel<>(null, (page, columns) -> registerEntries.list(filter, page));
  }

  /** The store's consultants and managers by username, for the entries' filter; read once. */
  public Map<String, String> getStaff() {
    if (staff == null) {
      staff = new LinkedHashMap<>();
      for (Role role : List.of(Role.CONSULTANT, Role.MANAGER)) {
        staffDirectory
            .find(new UserFilter(null, role, null, null), PageRequest.first(200))
            .items()
            .forEach(u -> staff.put(u.username(), u.fullName()));
      }
    }
    return staff;
  }

  public List<String> getStaffUsernames() {
    return List.copyOf(getStaff().keySet());
  }

  public ContactKind[] getEntryKinds() {
    return new ContactKind[] {ContactKind.VISIT, ContactKind.PHONE_IN};
  }

  public PagedModel<RegisterEntry> getEntries() {
    return entries;
  }

  public ContactKind getEntryKind() {
    return entryKind;
  }

  public void setEntryKind(ContactKind entryKind) {
    this.entryKind = entryKind;
  }

  public String getEntryRecordedBy() {
    return entryRecordedBy;
  }

  public void setEntryRecordedBy(String entryRecordedBy) {
    this.entryRecordedBy = entryRecordedBy;
  }

  public Boolean getEntryWithDetails() {
    return entryWithDetails;
  }

  public void setEntryWithDetails(Boolean entryWithDetails) {
    this.entryWithDetails = entryWithDetails;
  }

  public String getRegisterChart() {
    return Charts.bar(
        days.stream().map(d -> d.day().toString().substring(5)).toList(),
        List.of(
            Charts.Series.counts(
                text("registers.visits"), days.stream().map(RegisterDay::visits).toList()),
            Charts.Series.counts(
                text("registers.phoneIns"), days.stream().map(RegisterDay::phoneIns).toList()),
            Charts.Series.rate(
                text("registers.rate"),
                days.stream().map(RegisterDay::registrationRate).toList())));
  }

  public String getFunnelChart() {
    return Charts.bar(
        funnel.stream().map(f -> text("SourceChannel." + f.source())).toList(),
        List.of(
            Charts.Series.counts(
                text("registers.registered"),
                funnel.stream().map(SourceFunnel::registered).toList()),
            Charts.Series.counts(
                text("registers.reached"), funnel.stream().map(SourceFunnel::reached).toList()),
            Charts.Series.counts(
                text("registers.intent"), funnel.stream().map(SourceFunnel::intent).toList()),
            Charts.Series.counts(
                text("registers.bought"), funnel.stream().map(SourceFunnel::bought).toList())));
  }

  private String text(String key) {
    return texts.fromBundle(CustomersMenu.BUNDLE, key);
  }

  public List<RegisterDay> getDays() {
    return days;
  }

  public List<SourceFunnel> getFunnel() {
    return funnel;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
