package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.CustomerRetention;
import org.storecrm.sales.RetentionMonth;

/** The store's retention (老顾客巩固率) and repeat purchase rate (复购率) per month, charted. */
@Named
@ViewScoped
public class RetentionPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerRetention retention;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private int year;
  private List<RetentionMonth> months = List.of();

  @PostConstruct
  void init() {
    year = Year.now(clock).getValue();
    show();
  }

  public void show() {
    try {
      months = retention.byMonth(year, null);
    } catch (RuntimeException e) {
      errors.show(e, "reportForm", SalesMenu.BUNDLE);
    }
  }

  /** Both rates per month, as lines on the percent axis. */
  public String getChart() {
    return Charts.bar(
        months.stream().map(m -> m.month().toString()).toList(),
        List.of(
            Charts.Series.rate(
                texts.fromBundle(SalesMenu.BUNDLE, "retention.retentionRate"),
                months.stream().map(RetentionMonth::retentionRate).toList()),
            Charts.Series.rate(
                texts.fromBundle(SalesMenu.BUNDLE, "retention.repeatRate"),
                months.stream().map(RetentionMonth::repeatRate).toList())));
  }

  public List<RetentionMonth> getMonths() {
    return months;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }
}
