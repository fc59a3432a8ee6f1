package org.storecrm.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.storecrm.accounts.VisitProgress;
import org.storecrm.accounts.Visits;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Funnel;
import org.storecrm.sales.FunnelStage;
import org.storecrm.sales.Opportunities;

/**
 * Plan vs done of the store's account managers (拜访达成) over a period, this week by default: a chart
 * to compare them and a table that exports to Excel.
 */
@Named
@ViewScoped
public class VisitProgressPage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String SALES_BUNDLE = "org.storecrm.sales.messages";

  @Inject transient Visits visits;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Opportunities opportunities;
  @Inject transient java.time.Clock clock;

  private LocalDate from;
  private LocalDate to;
  private VisitProgress progress;
  private Funnel funnel;

  @PostConstruct
  void init() {
    progress = visits.progress(null, null, null);
    from = progress.from();
    to = progress.to();
    loadFunnel();
  }

  /**
   * The account funnel of the month the period ends in, or this month while it runs (a store's;
   * head office picks no store here and has none).
   */
  private void loadFunnel() {
    LocalDate today = LocalDate.now(clock);
    funnel =
        user.storeId().isPresent()
            ? opportunities.funnel(
                YearMonth.from(to.isAfter(today) ? today : to),
                null,
                null,
                Opportunities.ACCOUNT_SOURCE)
            : null;
  }

  public void show() {
    try {
      progress = visits.progress(from, to, null);
      loadFunnel();
    } catch (RuntimeException e) {
      errors.show(e, "progressForm", AccountsMenu.BUNDLE);
    }
  }

  public String getChart() {
    List<VisitProgress.Row> rows = progress.rows();
    return Charts.bar(
        rows.stream().map(VisitProgress.Row::name).toList(),
        List.of(
            Charts.Series.counts(
                text("progress.coldTarget"),
                rows.stream().map(VisitProgress.Row::coldTarget).toList()),
            Charts.Series.counts(
                text("progress.coldDone"), rows.stream().map(VisitProgress.Row::coldDone).toList()),
            Charts.Series.counts(
                text("progress.revisitsDue"),
                rows.stream().map(VisitProgress.Row::revisitsDue).toList()),
            Charts.Series.counts(
                text("progress.revisitsDone"),
                rows.stream().map(VisitProgress.Row::revisitsDone).toList())));
  }

  public Funnel getFunnel() {
    return funnel;
  }

  public String getFunnelChart() {
    return Charts.bar(
        funnel.stages().stream()
            .map(s -> texts.fromBundle(SALES_BUNDLE, "Stage." + s.stage()))
            .toList(),
        List.of(
            Charts.Series.counts(
                text("progress.funnelReached"),
                funnel.stages().stream().map(FunnelStage::reached).toList())));
  }

  public String getFunnelLost() {
    return texts.fromBundle(SALES_BUNDLE, "funnel.lost", funnel.lost());
  }

  public String getFunnelTitle() {
    return text("progress.funnel", funnel.month());
  }

  private String text(String key, Object... arguments) {
    return texts.fromBundle(AccountsMenu.BUNDLE, key, arguments);
  }

  public VisitProgress getProgress() {
    return progress;
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
