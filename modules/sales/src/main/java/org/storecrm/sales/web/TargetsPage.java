package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.UserFilter;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.TargetInput;
import org.storecrm.sales.TargetSheet;
import org.storecrm.sales.TargetView;
import org.storecrm.sales.Targets;

/** The manager edits a month's targets: the store's line and one per active consultant. */
@Named
@ViewScoped
public class TargetsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Targets targets;
  @Inject transient StaffDirectory staff;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private String month;
  private List<Line> lines = new ArrayList<>();

  /** One editable line; an empty revenue leaves the subject without targets. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long consultantId;
    private final String name;
    private BigDecimal revenue;
    private Integer units;
    private Integer newLeads;
    private BigDecimal attachRate;
    private Integer serviceCards;

    Line(Long consultantId, String name) {
      this.consultantId = consultantId;
      this.name = name;
    }

    public Long getConsultantId() {
      return consultantId;
    }

    public String getName() {
      return name;
    }

    public BigDecimal getRevenue() {
      return revenue;
    }

    public void setRevenue(BigDecimal revenue) {
      this.revenue = revenue;
    }

    public Integer getUnits() {
      return units;
    }

    public void setUnits(Integer units) {
      this.units = units;
    }

    public Integer getNewLeads() {
      return newLeads;
    }

    public void setNewLeads(Integer newLeads) {
      this.newLeads = newLeads;
    }

    public BigDecimal getAttachRate() {
      return attachRate;
    }

    public void setAttachRate(BigDecimal attachRate) {
      this.attachRate = attachRate;
    }

    public Integer getServiceCards() {
      return serviceCards;
    }

    public void setServiceCards(Integer serviceCards) {
      this.serviceCards = serviceCards;
    }
  }

  @PostConstruct
  void init() {
    month = YearMonth.now(clock).toString();
    show();
  }

  public void show() {
    MonthField.parse(month, "targetsForm:month", texts).ifPresent(this::load);
  }

  private void load(YearMonth wanted) {
    Map<Long, TargetView> byConsultant = new HashMap<>();
    TargetView storeRow = null;
    for (TargetView t : targets.month(wanted, null)) {
      if (t.consultantId() == null) {
        storeRow = t;
      } else {
        byConsultant.put(t.consultantId(), t);
      }
    }
    lines = new ArrayList<>();
    lines.add(fill(new Line(null, texts.fromBundle(SalesMenu.BUNDLE, "report.store")), storeRow));
    staff
        .find(new UserFilter(null, Role.CONSULTANT, null, true), PageRequest.first(200))
        .items()
        .forEach(u -> lines.add(fill(new Line(u.id(), u.fullName()), byConsultant.get(u.id()))));
  }

  private static Line fill(Line line, TargetView t) {
    if (t != null) {
      line.revenue = t.revenue();
      line.units = t.units();
      line.newLeads = t.newLeads();
      line.attachRate = t.attachRate();
      line.serviceCards = t.serviceCards();
    }
    return line;
  }

  public void save() {
    YearMonth wanted = MonthField.parse(month, "targetsForm:month", texts).orElse(null);
    if (wanted == null) {
      return;
    }
    List<TargetInput> inputs = new ArrayList<>();
    for (Line l : lines) {
      if (l.revenue != null) {
        inputs.add(
            new TargetInput(
                l.consultantId,
                l.revenue,
                l.units == null ? 0 : l.units,
                l.newLeads == null ? 0 : l.newLeads,
                l.attachRate == null ? BigDecimal.ZERO : l.attachRate,
                l.serviceCards == null ? 0 : l.serviceCards));
      }
    }
    if (inputs.isEmpty()) {
      return;
    }
    try {
      targets.set(wanted, new TargetSheet(null, inputs));
    } catch (RuntimeException e) {
      errors.show(e, "targetsForm", SalesMenu.BUNDLE);
      return;
    }
    load(wanted);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                texts.fromBundle(SalesMenu.BUNDLE, "targets.saved", wanted.toString())));
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public List<Line> getLines() {
    return lines;
  }
}
