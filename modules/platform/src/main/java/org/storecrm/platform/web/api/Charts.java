package org.storecrm.platform.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code <p:chart type="..." value="#{...}"/>}, which takes
 * the configuration as JSON. One look for every chart: the same palette, responsive, legend below.
 */
public final class Charts {
  private static final String[] PALETTE = {
    "#2563eb", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#06b6d4", "#84cc16", "#f97316"
  };

  private Charts() {}

  /**
   * One data series.
   *
   * @param percent plotted on a second 0–100 axis at the right (a rate beside counts), as a line
   */
  public record Series(String label, List<? extends Number> values, boolean percent) {
    public static Series counts(String label, List<? extends Number> values) {
      return new Series(label, values, false);
    }

    public static Series rate(String label, List<? extends Number> values) {
      return new Series(label, values, true);
    }
  }

  /** Bars per label, one bar per series; rate series are drawn as a line on a percent axis. */
  public static String bar(List<String> labels, List<Series> series) {
    return chart("bar", labels, series, false);
  }

  /** Horizontal stacked bars (e.g. due and overdue per consultant). */
  public static String stackedBar(List<String> labels, List<Series> series) {
    return chart("bar", labels, series, true);
  }

  private static String chart(
      String type, List<String> labels, List<Series> series, boolean stacked) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    boolean anyRate = false;
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String color = PALETTE[i % PALETTE.length];
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (Number value : s.values()) {
        if (value instanceof BigDecimal decimal) {
          data.add(decimal);
        } else if (value == null) {
          data.addNull();
        } else {
          data.add(value.doubleValue());
        }
      }
      JsonObjectBuilder dataset =
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", data)
              .add("backgroundColor", color)
              .add("borderColor", color);
      if (s.percent()) {
        anyRate = true;
        dataset.add("type", "line").add("yAxisID", "percent").add("fill", false);
      }
      datasets.add(dataset);
    }
    JsonObjectBuilder scales =
        Json.createObjectBuilder()
            .add("x", Json.createObjectBuilder().add("stacked", stacked))
            .add("y", Json.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
    if (anyRate) {
      scales.add(
          "percent",
          Json.createObjectBuilder()
              .add("position", "right")
              .add("min", 0)
              .add("max", 100)
              .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
    }
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("scales", scales)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("position", "bottom")));
    if (stacked) {
      options.add("indexAxis", "y");
    }
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
