package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.customers.Memberships;
import org.storecrm.customers.TierReport;
import org.storecrm.customers.TierRow;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.Texts;

/**
 * The tier report: members per membership tier, their spend in the rolling window and this month's
 * moves up and down, as a chart and a table exported to Excel. A manager reads their store, head
 * office the chain.
 */
@Named
@ViewScoped
public class TierReportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Memberships memberships;
  @Inject transient Texts texts;

  private TierReport report;

  @PostConstruct
  void init() {
    report = memberships.report(null);
  }

  /** Members per tier (bars) and the moves up and down into each this month. */
  public String getChart() {
    List<TierRow> rows = report.tiers();
    return Charts.bar(
        rows.stream().map(r -> tierName(r.tier())).toList(),
        List.of(
            Charts.Series.counts(
                text("tier.report.members"), rows.stream().map(TierRow::members).toList()),
            Charts.Series.counts(
                text("tier.report.movedUp"), rows.stream().map(TierRow::movedUp).toList()),
            Charts.Series.counts(
                text("tier.report.movedDown"), rows.stream().map(TierRow::movedDown).toList())));
  }

  public String tierName(String key) {
    return MembershipCardSection.tierName(key, texts.locale());
  }

  public String benefits(String key) {
    return MembershipCardSection.benefits(key, texts.locale());
  }

  public TierReport getReport() {
    return report;
  }

  /** How many customers are tiered in all, and since when this month's moves count. */
  public String getSummary() {
    return texts.fromBundle(
        CustomersMenu.BUNDLE,
        "tier.report.summary",
        report.tiers().stream().mapToLong(TierRow::members).sum(),
        report.monthFrom().toString());
  }

  private String text(String key) {
    return texts.fromBundle(CustomersMenu.BUNDLE, key);
  }
}
