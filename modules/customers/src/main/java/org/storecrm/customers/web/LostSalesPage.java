package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.customers.LostSaleAnalysis;
import org.storecrm.customers.LostSaleCount;
import org.storecrm.customers.LostSales;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * The manager's lost-sale analysis: a period's losses by reason (charted), competitor, category and
 * consultant.
 */
@Named
@ViewScoped
public class LostSalesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient LostSales lostSales;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private LocalDate from;
  private LocalDate to;
  private LostSaleAnalysis analysis;

  @PostConstruct
  void init() {
    to = LocalDate.now(clock);
    from = to.withDayOfMonth(1);
    show();
  }

  public void show() {
    try {
      analysis = lostSales.analyse(from, to);
    } catch (RuntimeException e) {
      errors.show(e, "periodForm", CustomersMenu.BUNDLE);
    }
  }

  /** The losses per reason, as bars. */
  public String getReasonChart() {
    List<LostSaleCount> reasons = getAnalysis().byReason();
    return Charts.bar(
        reasons.stream().map(this::reasonLabel).toList(),
        List.of(
            Charts.Series.counts(
                texts.fromBundle(CustomersMenu.BUNDLE, "lostSales.count"),
                reasons.stream().map(LostSaleCount::count).toList())));
  }

  public String reasonLabel(LostSaleCount reason) {
    return reason.name() != null ? reason.name() : String.valueOf(reason.key());
  }

  public LostSaleAnalysis getAnalysis() {
    return analysis != null
        ? analysis
        : new LostSaleAnalysis(from, to, 0, List.of(), List.of(), List.of(), List.of());
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
