package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.SalesReports;
import org.storecrm.sales.TargetActualRow;

/** 营业目标计划与实际比较表: the month per consultant and for the store, charted and exportable. */
@Named
@ViewScoped
public class TargetActualPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SalesReports reports;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private String month;
  private List<TargetActualRow> rows = List.of();

  @PostConstruct
  void init() {
    month = YearMonth.now(clock).toString();
    show();
  }

  public void show() {
    MonthField.parse(month, "reportForm:month", texts)
        .ifPresent(
            m -> {
              try {
                rows = reports.targetVsActual(m, null);
              } catch (RuntimeException e) {
                errors.show(e, "reportForm", SalesMenu.BUNDLE);
              }
            });
  }

  public String name(TargetActualRow row) {
    return row.consultantId() == null
        ? texts.fromBundle(SalesMenu.BUNDLE, "report.store")
        : row.consultantName();
  }

  /** Revenue target and actual per consultant, with the attainment as a line. */
  public String getChart() {
    List<TargetActualRow> consultants =
        rows.stream().filter(r -> r.consultantId() != null).toList();
    return Charts.bar(
        consultants.stream().map(TargetActualRow::consultantName).toList(),
        List.of(
            Charts.Series.counts(
                text("ta.revenueTarget"),
                consultants.stream().map(TargetActualRow::revenueTarget).toList()),
            Charts.Series.counts(
                text("ta.revenueActual"),
                consultants.stream().map(TargetActualRow::revenue).toList()),
            Charts.Series.rate(
                text("ta.attainment"),
                consultants.stream().map(TargetActualRow::revenueAttainment).toList())));
  }

  private String text(String key) {
    return texts.fromBundle(SalesMenu.BUNDLE, key);
  }

  public List<TargetActualRow> getRows() {
    return rows;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
