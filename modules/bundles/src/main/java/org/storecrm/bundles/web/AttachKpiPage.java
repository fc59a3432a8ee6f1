package org.storecrm.bundles.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.storecrm.bundles.AttachKpis;
import org.storecrm.bundles.AttachReport;
import org.storecrm.bundles.AttachRow;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.Role;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StoreDirectory;
import org.storecrm.platform.StoreView;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;

/**
 * The attach KPIs for a manager (their store) or head office (every store, or one they pick): per
 * store, consultant, technician, main category and month, with charts and Excel export.
 */
@Named
@ViewScoped
public class AttachKpiPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AttachKpis kpis;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;
  @Inject transient CurrentUser user;
  @Inject transient StoreDirectory storeDirectory;

  private String from;
  private String to;
  private Long storeId;
  private List<StoreView> stores = List.of();
  private AttachReport report;

  @PostConstruct
  void init() {
    YearMonth now = YearMonth.now(clock);
    to = now.toString();
    from = now.minusMonths(5).toString();
    if (isHeadOffice()) {
      stores =
          storeDirectory.find(null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).items();
    }
    refresh();
  }

  /** Head office picks all stores or one; a manager always sees their own store. */
  public boolean isHeadOffice() {
    return user.role().map(Role::spansAllStores).orElse(false);
  }

  public void refresh() {
    try {
      report = kpis.report(month(from, "from"), month(to, "to"), isHeadOffice() ? storeId : null);
    } catch (RuntimeException e) {
      errors.show(e, "kpiForm", BundlesMenu.BUNDLE);
    }
  }

  private static YearMonth month(String text, String field) {
    try {
      return YearMonth.parse(text == null ? "" : text.trim());
    } catch (DateTimeParseException e) {
      throw RuleViolationException.refused(
          "bundles.badMonth", field, "Not a month (yyyy-MM): " + text);
    }
  }

  /** Attach rate (line) and main sales (bars) per month. */
  public String getMonthChart() {
    return chart(report == null ? List.of() : report.months());
  }

  /** Attach rate and main sales per consultant. */
  public String getConsultantChart() {
    return chart(report == null ? List.of() : report.consultants());
  }

  private String chart(List<AttachRow> rows) {
    return Charts.bar(
        rows.stream().map(AttachRow::label).toList(),
        List.of(
            Charts.Series.counts(
                texts.fromBundle(BundlesMenu.BUNDLE, "kpi.mainSales"),
                rows.stream().map(AttachRow::mainSales).toList()),
            Charts.Series.counts(
                texts.fromBundle(BundlesMenu.BUNDLE, "kpi.attachedSales"),
                rows.stream().map(AttachRow::attachedSales).toList()),
            Charts.Series.rate(
                texts.fromBundle(BundlesMenu.BUNDLE, "kpi.attachRate"),
                rows.stream().map(AttachRow::attachRate).toList())));
  }

  /** The total as a one-row table (empty before a report). */
  public List<AttachRow> getTotalRows() {
    return report == null ? List.of() : List.of(report.total());
  }

  public AttachReport getReport() {
    return report;
  }

  public List<StoreView> getStores() {
    return stores;
  }

  public Long getStoreId() {
    return storeId;
  }

  public void setStoreId(Long storeId) {
    this.storeId = storeId;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
