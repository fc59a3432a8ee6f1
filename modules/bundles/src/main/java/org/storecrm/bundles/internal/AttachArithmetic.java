package org.storecrm.bundles.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import org.storecrm.bundles.AttachRow;
import org.storecrm.sales.AttachFigure;
import org.storecrm.sales.PenetrationFigure;

/** Sums attach figures and derives the rates (percent with one decimal, per sale with two). */
final class AttachArithmetic {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private AttachArithmetic() {}

  static AttachRow row(String key, String label, Collection<AttachFigure> figures) {
    return row(key, label, figures, List.of());
  }

  /** The attach figures' row with the service-card penetration of {@code plans}. */
  static AttachRow row(
      String key,
      String label,
      Collection<AttachFigure> figures,
      Collection<PenetrationFigure> plans) {
    long eligible = plans.stream().mapToLong(PenetrationFigure::eligibleDevices).sum();
    long withPlan = plans.stream().mapToLong(PenetrationFigure::devicesWithPlan).sum();
    long main = 0;
    long attached = 0;
    long units = 0;
    long withoutProfit = 0;
    long offered = 0;
    long accepted = 0;
    long declined = 0;
    long notOffered = 0;
    long soloSales = 0;
    long soloUnits = 0;
    BigDecimal soloMargin = BigDecimal.ZERO;
    BigDecimal accessoryMargin = BigDecimal.ZERO;
    BigDecimal margin = BigDecimal.ZERO;
    for (AttachFigure f : figures) {
      withoutProfit += f.accessoriesWithoutProfit();
      if (f.withoutMainProduct()) {
        // Accessories sold without a main product: credited to the seller, apart from the rate.
        soloSales += f.accessorySales();
        soloUnits += f.accessoryUnits();
        soloMargin = soloMargin.add(f.accessoryMargin());
        continue;
      }
      main += f.mainSales();
      attached += f.attachedSales();
      units += f.accessoryUnits();
      offered += f.offered();
      accepted += f.accepted();
      declined += f.declined();
      notOffered += f.notOffered();
      accessoryMargin = accessoryMargin.add(f.accessoryMargin());
      margin = margin.add(f.margin());
    }
    return new AttachRow(
        key,
        label,
        main,
        attached,
        percent(BigDecimal.valueOf(attached), BigDecimal.valueOf(main)),
        units,
        main == 0
            ? BigDecimal.ZERO.setScale(2)
            : BigDecimal.valueOf(units).divide(BigDecimal.valueOf(main), 2, RoundingMode.HALF_UP),
        accessoryMargin.setScale(2, RoundingMode.HALF_UP),
        margin.setScale(2, RoundingMode.HALF_UP),
        percent(accessoryMargin, margin),
        withoutProfit,
        offered,
        accepted,
        declined,
        notOffered,
        soloSales,
        soloUnits,
        soloMargin.setScale(2, RoundingMode.HALF_UP),
        eligible,
        withPlan,
        PenetrationFigure.rate(withPlan, eligible));
  }

  /** part / whole in percent with one decimal; zero when the whole is zero or less. */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() <= 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
