package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.storecrm.platform.web.FormErrors;
import org.storecrm.platform.web.Texts;
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
