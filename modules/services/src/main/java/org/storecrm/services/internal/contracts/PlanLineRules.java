package org.storecrm.services.internal.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.storecrm.sales.Category;

/**
 * The checkout's rules for plan lines, apart from the database: a plan covers devices of its
 * eligible categories named by serial (one per unit, or up to its device limit per unit for a
 * business plan), and each serial must be a device of the same basket, or a device the store sold
 * earlier whose plan offer is still open (the plan sold after the sale, e.g. during installation).
 */
final class PlanLineRules {
  private PlanLineRules() {}

  /** One line of the basket as the rules see it. */
  record Line(int index, long productId, Category category, int quantity, List<String> serials) {}

  /** A plan as the rules see it. */
  record Plan(String code, int deviceLimit, Set<Category> eligible) {}

  /** A refusal at a field of the order ({@code lines[i].serial}, …) with its message key. */
  record Refusal(String field, String key, String message) {}

  static List<Refusal> check(List<Line> lines, Map<Long, Plan> plansByProduct) {
    return check(lines, plansByProduct, Map.of());
  }

  /**
   * @param offeredDevices devices sold earlier with an open plan offer, by serial, to their
   *     category
   */
  static List<Refusal> check(
      List<Line> lines, Map<Long, Plan> plansByProduct, Map<String, Category> offeredDevices) {
    List<Refusal> refusals = new ArrayList<>();
    for (Line line : lines) {
      Plan plan = plansByProduct.get(line.productId());
      if (plan == null) {
        continue;
      }
      String field = "lines[" + line.index() + "]";
      boolean eligibleDeviceInBasket =
          lines.stream()
              .anyMatch(
                  l ->
                      l.category() != null
                          && l.category().isMainProduct()
                          && plan.eligible().contains(l.category()));
      boolean eligibleOfferedDevice =
          line.serials().stream()
              .map(offeredDevices::get)
              .anyMatch(c -> c != null && plan.eligible().contains(c));
      if (!eligibleDeviceInBasket && !eligibleOfferedDevice) {
        refusals.add(
            new Refusal(
                field + ".productId",
                "services.planNotEligible",
                "Plan " + plan.code() + " is not sold with the devices in this basket"));
        continue;
      }
      List<String> serials = line.serials().stream().filter(s -> !s.isBlank()).toList();
      if (serials.isEmpty()) {
        refusals.add(
            new Refusal(
                field + ".serial",
                "services.planSerialRequired",
                "Plan " + plan.code() + " needs the serial number of the device it covers"));
        continue;
      }
      int most = plan.deviceLimit() * line.quantity();
      if (plan.deviceLimit() == 1 && serials.size() != line.quantity()) {
        refusals.add(
            new Refusal(
                field + ".serial",
                "services.planSerialCount",
                "One serial number per plan sold (" + line.quantity() + ")"));
        continue;
      }
      if (serials.size() > most) {
        refusals.add(
            new Refusal(
                field + ".serials",
                "services.planTooManyDevices",
                "Plan " + plan.code() + " covers at most " + most + " devices"));
        continue;
      }
      if (serials.stream().distinct().count() < serials.size()) {
        refusals.add(
            new Refusal(
                field + ".serials", "services.planSerialTwice", "A serial number is named twice"));
        continue;
      }
      for (String serial : serials) {
        Category device =
            lines.stream()
                .filter(l -> l.category() != null && l.category().isMainProduct())
                .filter(l -> l.serials().contains(serial))
                .map(Line::category)
                .findFirst()
                .orElse(offeredDevices.get(serial));
        if (device == null) {
          refusals.add(
              new Refusal(
                  field + ".serial",
                  "services.planSerialNotInBasket",
                  "Serial " + serial + " is not a device of this sale"));
          break;
        }
        if (!plan.eligible().contains(device)) {
          refusals.add(
              new Refusal(
                  field + ".serial",
                  "services.planNotEligible",
                  "Plan " + plan.code() + " is not sold with a " + device));
          break;
        }
      }
    }
    return refusals;
  }
}
