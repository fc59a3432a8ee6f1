package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.sales.DailyActivityRow;
import org.storecrm.sales.SalesReports;

/** 销售活动日报: each consultant's day, exportable. */
@Named
@ViewScoped
public class DailyActivityPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SalesReports reports;
  @Inject transient FormErrors errors;
  @Inject transient Clock clock;

  private LocalDate day;
  private List<DailyActivityRow> rows = List.of();

  @PostConstruct
  void init() {
    day = LocalDate.now(clock);
    show();
  }

  public void show() {
    try {
      rows = reports.dailyActivity(day, null);
    } catch (RuntimeException e) {
      errors.show(e, "reportForm", SalesMenu.BUNDLE);
    }
  }

  public List<DailyActivityRow> getRows() {
    return rows;
  }

  /** The store's day: the sum of the consultants' rows, shown as the table's last row. */
  public DailyActivityRow getTotal() {
    return new DailyActivityRow(
        0,
        null,
        rows.stream().mapToLong(DailyActivityRow::orders).sum(),
        rows.stream().map(DailyActivityRow::revenue).reduce(BigDecimal.ZERO, BigDecimal::add),
        rows.stream().map(DailyActivityRow::margin).reduce(BigDecimal.ZERO, BigDecimal::add),
        rows.stream().map(DailyActivityRow::refunds).reduce(BigDecimal.ZERO, BigDecimal::add),
        rows.stream().mapToLong(DailyActivityRow::units).sum(),
        rows.stream().mapToLong(DailyActivityRow::newLeads).sum(),
        rows.stream().mapToLong(DailyActivityRow::contacts).sum(),
        rows.stream().mapToLong(DailyActivityRow::visits).sum(),
        rows.stream().mapToLong(DailyActivityRow::phoneIns).sum(),
        rows.stream().mapToLong(DailyActivityRow::calls).sum(),
        rows.stream().mapToLong(DailyActivityRow::followUpsDone).sum(),
        rows.stream().mapToLong(DailyActivityRow::appointmentsBooked).sum());
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }
}
