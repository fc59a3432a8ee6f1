package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.customers.ReferralKindRow;
import org.storecrm.customers.ReferralReport;
import org.storecrm.customers.ReferralRow;
import org.storecrm.customers.VipKind;
import org.storecrm.customers.Vips;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/**
 * The referral report (issue 15): the leads VIPs referred in a period, per VIP kind (charted) and
 * per VIP (paged, most leads first), both exported to Excel.
 */
@Named
@ViewScoped
public class ReferralsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Vips vips;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private LocalDate from;
  private LocalDate to;
  private ReferralReport report;
  private PagedModel<ReferralRow> perVip;

  @PostConstruct
  void init() {
    to = LocalDate.now(clock);
    from = to.withDayOfMonth(1);
    show();
  }

  public void show() {
    try {
      report = vips.referrals(from, to, null, PageRequest.first(1));
    } catch (RuntimeException e) {
      errors.show(e, "periodForm", CustomersMenu.BUNDLE);
      return;
    }
    LocalDate shownFrom = from;
    LocalDate shownTo = to;
    perVip =
        new PagedModel<>(
            "leads",
            (page, filters) -> vips.referrals(shownFrom, shownTo, null, page).vips(),
            ReferralRow::customerId);
  }

  /** Leads per VIP kind, as bars. */
  public String getKindChart() {
    List<ReferralKindRow> kinds = getReport().byKind();
    return Charts.bar(
        kinds.stream().map(k -> kindLabel(k.kind())).toList(),
        List.of(
            Charts.Series.counts(
                texts.fromBundle(CustomersMenu.BUNDLE, "referrals.leads"),
                kinds.stream().map(ReferralKindRow::leads).toList())));
  }

  public String kindLabel(VipKind kind) {
    return kind == null
        ? texts.fromBundle(CustomersMenu.BUNDLE, "vip.kindNotSet")
        : texts.fromBundle(CustomersMenu.BUNDLE, "VipKind." + kind.name());
  }

  public ReferralReport getReport() {
    return report != null
        ? report
        : new ReferralReport(from, to, 0, List.of(), new Page<>(List.of(), 0, 0, 1));
  }

  public PagedModel<ReferralRow> getPerVip() {
    return perVip;
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
