package org.storecrm.sales.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import org.storecrm.platform.web.api.Texts;
import org.storecrm.sales.Catalogue;
import org.storecrm.sales.PricingMix;

/** The range's pricing-role mix against the target, as a table and a Chart.js bar chart. */
@Named
@ViewScoped
public class PricingMixPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Catalogue catalogue;
  @Inject transient Texts texts;

  private PricingMix mix;
  private String chart;

  @PostConstruct
  void init() {
    mix = catalogue.pricingMix();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder actual = Json.createArrayBuilder();
    JsonArrayBuilder target = Json.createArrayBuilder();
    for (PricingMix.Share share : mix.shares()) {
      labels.add(texts.fromBundle(SalesMenu.BUNDLE, "PricingRole." + share.role()));
      actual.add(share.percent());
      target.add(share.target());
    }
    chart =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", texts.fromBundle(SalesMenu.BUNDLE, "mix.actual"))
                                    .add("backgroundColor", "#3b82f6")
                                    .add("data", actual))
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", texts.fromBundle(SalesMenu.BUNDLE, "mix.target"))
                                    .add("backgroundColor", "#f59e0b")
                                    .add("data", target))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
            .build()
            .toString();
  }

  public PricingMix getMix() {
    return mix;
  }

  public String getChart() {
    return chart;
  }
}
