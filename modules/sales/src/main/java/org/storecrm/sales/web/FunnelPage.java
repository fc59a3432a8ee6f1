package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.SourceChannel;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.StaffDirectory;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.FormErrors;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Funnel;
import org.storecrm.sales.FunnelStage;
import org.storecrm.sales.Opportunities;

/**
 * The month's funnel for the store, a consultant or a source, with conversion between stages; each
 * stage links to the opportunities now at it. A consultant picks the store or themselves.
 */
@Named
@ViewScoped
public class FunnelPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Opportunities opportunities;
  @Inject transient StaffDirectory staff;
  @Inject transient CurrentUser user;
  @Inject transient FormErrors errors;
  @Inject transient Texts texts;
  @Inject transient Clock clock;

  private String month;
  private Long consultantId;
  private SourceChannel source;
  private Funnel funnel;
  private Map<Long, String> consultants;

  @PostConstruct
  void init() {
    month = YearMonth.now(clock).toString();
    consultants = SalesStaff.consultants(staff, user);
    show();
  }

  public void show() {
    MonthField.parse(month, "reportForm:month", texts)
        .ifPresent(
            m -> {
              try {
                funnel =
                    opportunities.funnel(
                        m, null, consultantId, source == null ? null : source.name());
              } catch (RuntimeException e) {
                errors.show(e, "reportForm", SalesMenu.BUNDLE);
              }
            });
  }

  public String getChart() {
    List<FunnelStage> stages = funnel == null ? List.of() : funnel.stages();
    return Charts.bar(
        stages.stream().map(s -> text("Stage." + s.stage())).toList(),
        List.of(
            Charts.Series.counts(
                text("funnel.reached"), stages.stream().map(FunnelStage::reached).toList()),
            Charts.Series.rate(
                text("funnel.conversion"), stages.stream().map(FunnelStage::conversion).toList())));
  }

  private String text(String key) {
    return texts.fromBundle(SalesMenu.BUNDLE, key);
  }

  public Funnel getFunnel() {
    return funnel;
  }

  public List<Long> getConsultantIds() {
    return new ArrayList<>(consultants.keySet());
  }

  public String consultantName(Long id) {
    return consultants.getOrDefault(id, "#" + id);
  }

  public SourceChannel[] getSources() {
    return SourceChannel.values();
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public Long getConsultantId() {
    return consultantId;
  }

  public void setConsultantId(Long consultantId) {
    this.consultantId = consultantId;
  }

  public SourceChannel getSource() {
    return source;
  }

  public void setSource(SourceChannel source) {
    this.source = source;
  }
}
