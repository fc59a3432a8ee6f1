package org.storecrm.customers.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.storecrm.customers.CustomerReports;
import org.storecrm.customers.CustomerValueRow;
import org.storecrm.customers.ValueDecile;
import org.storecrm.platform.web.api.Charts;
import org.storecrm.platform.web.api.PagedModel;
import org.storecrm.platform.web.api.Texts;

/** Customer value: the Pareto view of the store's buyers and the value list with RFM tiers. */
@Named
@ViewScoped
public class CustomerValuePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CustomerReports reports;
  @Inject transient Texts texts;

  private PagedModel<CustomerValueRow> buyers;
  private List<ValueDecile> deciles;

  @PostConstruct
  void init() {
    buyers = new PagedModel<>("lifetimeMargin", (page, filters) -> reports.customerValue(page));
    deciles = reports.pareto();
  }

  /** Margin per tenth of the buyers (bars) and the cumulative share of all margin (line). */
  public String getParetoChart() {
    return Charts.bar(
        deciles.stream().map(d -> d.decile() * 10 + "%").toList(),
        List.of(
            Charts.Series.counts(
                texts.fromBundle(CustomersMenu.BUNDLE, "value.margin"),
                deciles.stream().map(ValueDecile::margin).toList()),
            Charts.Series.rate(
                texts.fromBundle(CustomersMenu.BUNDLE, "value.cumulativeShare"),
                deciles.stream().map(ValueDecile::cumulativeSharePercent).toList())));
  }

  /**
   * The share of all margin the top fifth of buyers brings (docs/domain.md, "Reports": the chain
   * expects about 80 %).
   */
  public String getSummary() {
    if (deciles.isEmpty()) {
      return texts.fromBundle(CustomersMenu.BUNDLE, "value.noBuyers");
    }
    int topFifth =
        deciles.stream()
            .filter(d -> d.decile() == Math.min(2, deciles.size()))
            .mapToInt(ValueDecile::cumulativeSharePercent)
            .findFirst()
            .orElse(0);
    return texts.fromBundle(CustomersMenu.BUNDLE, "value.topFifth", topFifth);
  }

  /**
   * Whether there are figures to chart ("empty" is an EL keyword: #{page.empty} does not parse).
   */
  public boolean isWithFigures() {
    return !deciles.isEmpty();
  }

  public PagedModel<CustomerValueRow> getBuyers() {
    return buyers;
  }

  public List<ValueDecile> getDeciles() {
    return deciles;
  }
}
