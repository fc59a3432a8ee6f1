package org.storecrm.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.accounts.VisitProgress;
import org.storecrm.accounts.Visits;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * Plan vs done of the store's account managers (拜访达成) over a period, this week by default: a chart
 * to compare them and a table that exports to Excel.
 */
@Named
@ViewScoped
public class VisitProgressPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Visits visits;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;

  private LocalDate from;
  private LocalDate to;
  private VisitProgress progress;

  @PostConstruct
  void init() {
    progress = visits.progress(null, null, null);
    from = progress.from();
    to = progress.to();
  }

  public void show() {
    try {
      progress = visits.progress(from, to, null);
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

  private String text(String key) {
    return texts.fromBundle(AccountsMenu.BUNDLE, key);
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
