package org.storecrm.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.accounts.AgingReport;
import org.storecrm.accounts.Receivables;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.Texts;

/**
 * Receivables aging (账龄): the buckets per account manager as a stacked chart, and per account
 * manager and per account as tables that export to Excel.
 */
@Named
@ViewScoped
public class AgingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Receivables receivables;
  @Inject transient Texts texts;

  private AgingReport report;

  @PostConstruct
  void init() {
    report = receivables.aging(null, null);
  }

  public AgingReport getReport() {
    return report;
  }

  public String getChart() {
    List<AgingReport.Row> rows = report.byAccountManager();
    List<String> labels =
        rows.stream().map(r -> r.name() == null ? text("aging.noManager") : r.name()).toList();
    return Charts.stackedBar(
        labels,
        List.of(
            Charts.Series.counts(
                text("aging.current"), rows.stream().map(r -> r.aging().current()).toList()),
            Charts.Series.counts(
                text("aging.days1to30"), rows.stream().map(r -> r.aging().days1to30()).toList()),
            Charts.Series.counts(
                text("aging.days31to60"), rows.stream().map(r -> r.aging().days31to60()).toList()),
            Charts.Series.counts(
                text("aging.days61to90"), rows.stream().map(r -> r.aging().days61to90()).toList()),
            Charts.Series.counts(
                text("aging.over90"), rows.stream().map(r -> r.aging().over90()).toList())));
  }

  private String text(String key) {
    return texts.fromBundle(AccountsMenu.BUNDLE, key);
  }
}
