package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.customers.FollowUpView;
import org.storecrm.customers.SatisfactionMeasures;
import org.storecrm.customers.SatisfactionReport;
import org.storecrm.customers.SatisfactionReports;
import org.storecrm.customers.SatisfactionRow;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/**
 * The manager's satisfaction screen (issue 15): the store's average score and share of 5s over a
 * period, per consultant, per technician and per month (charted), exported to Excel, and the open
 * recovery tasks, paged in the database.
 */
@Named
@ViewScoped
public class SatisfactionPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient SatisfactionReports reports;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private LocalDate from;
  private LocalDate to;
  private SatisfactionReport report;
  private PagedModel<FollowUpView> recoveries;

  @PostConstruct
  void init() {
    to = LocalDate.now(clock);
    from = to.withDayOfMonth(1).minusMonths(2);
    recoveries = new PagedModel<>("dueAt", (page, filters) -> reports.openRecoveries(null, page));
    show();
  }

  public void show() {
    try {
      report = reports.report(null, from, to);
    } catch (RuntimeException e) {
      errors.show(e, "periodForm", CustomersMenu.BUNDLE);
    }
  }

  /** Per month: the average score as bars, the share of 5s (percent) as a line. */
  public String getMonthChart() {
    List<SatisfactionRow> months = getReport().byMonth();
    return Charts.bar(
        months.stream().map(SatisfactionRow::key).toList(),
        List.of(
            Charts.Series.counts(
                texts.fromBundle(CustomersMenu.BUNDLE, "satisfaction.average"),
                months.stream().map(SatisfactionRow::averageScore).toList()),
            Charts.Series.rate(
                texts.fromBundle(CustomersMenu.BUNDLE, "satisfaction.shareOfFives"),
                months.stream().map(m -> percent(m.shareOfFives())).toList())));
  }

  /** A share (0.50) as a percentage (50.00); null stays null. */
  public BigDecimal percent(BigDecimal share) {
    return share == null
        ? null
        : share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP);
  }

  public SatisfactionReport getReport() {
    return report != null
        ? report
        : new SatisfactionReport(
            0,
            from,
            to,
            new SatisfactionMeasures(null, from, to, 0, 0, null, null),
            List.of(),
            List.of(),
            List.of(),
            0);
  }

  public PagedModel<FollowUpView> getRecoveries() {
    return recoveries;
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
