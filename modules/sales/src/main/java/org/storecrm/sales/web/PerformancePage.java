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
import org.storecrm.sales.PerformanceRow;
import org.storecrm.sales.SalesReports;

/** 销售顾问营业活动成效分析表: the month's measures per consultant, exportable. */
@Named
@ViewScoped
public class PerformancePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SalesReports reports;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private String month;
  private List<PerformanceRow> rows = List.of();

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
                rows = reports.performance(m, null);
              } catch (RuntimeException e) {
                errors.show(e, "reportForm", SalesMenu.BUNDLE);
              }
            });
  }

  /**
   * Activity volume and orders per consultant as bars, registration and attach rates as lines: who
   * is busy but does not convert, and who converts but does not register or attach.
   */
  public String getChart() {
    return Charts.bar(
        rows.stream().map(PerformanceRow::consultantName).toList(),
        List.of(
            Charts.Series.counts(
                text("daily.visits"), rows.stream().map(PerformanceRow::visits).toList()),
            Charts.Series.counts(
                text("daily.calls"), rows.stream().map(PerformanceRow::calls).toList()),
            Charts.Series.counts(
                text("daily.followUps"), rows.stream().map(PerformanceRow::followUpsDone).toList()),
            Charts.Series.counts(
                text("daily.orders"), rows.stream().map(PerformanceRow::orders).toList()),
            Charts.Series.rate(
                text("perf.registrationRate"),
                rows.stream().map(PerformanceRow::registrationRate).toList()),
            Charts.Series.rate(
                text("ta.attachActual"), rows.stream().map(PerformanceRow::attachRate).toList())));
  }

  private String text(String key) {
    return texts.fromBundle(SalesMenu.BUNDLE, key);
  }

  public List<PerformanceRow> getRows() {
    return rows;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
