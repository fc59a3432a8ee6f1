package org.storecrm.services.internal.contracts;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.services.ContractStatus;
import org.storecrm.services.internal.ServicesSettings;

/**
 * Writes contracts in the sale's and the return's transactions: a sold plan line becomes a contract
 * per device, a returned plan line cancels its contracts with a pro-rata refund, a returned device
 * ends the contracts covering it. Called by the sales SPIs' implementations and observers only.
 */
@Stateless
public class ContractBook {
  @PersistenceContext EntityManager em;
  @Inject ServicesSettings settings;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A sold plan line: its product, what it charged, and the devices it covers. */
  record SoldPlan(long lineId, long productId, BigDecimal amount, List<String> serials) {}

  /** The plans sold through these catalogue products, by product id. */
  Map<Long, ServicePlanRecord> plansByProduct(Collection<Long> productIds) {
    if (productIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select p from ServicePlanRecord p where p.productId in :ids", ServicePlanRecord.class)
        .setParameter("ids", List.copyOf(new java.util.HashSet<>(productIds)))
        .getResultList()
        .stream()
        .collect(Collectors.toMap(p -> p.productId, Function.identity()));
  }

  /** One contract per device of each sold plan line, the line's amount split evenly to the cent. */
  public void record(
      long orderId,
      long storeId,
      Long customerId,
      Long accountId,
      Long sellerId,
      Instant soldAt,
      List<SoldPlan> lines) {
    Map<Long, ServicePlanRecord> plans =
        plansByProduct(lines.stream().map(SoldPlan::productId).toList());
    LocalDate start = LocalDate.ofInstant(soldAt, clock.getZone());
    for (SoldPlan line : lines) {
      ServicePlanRecord plan = plans.get(line.productId());
      List<String> serials = line.serials().stream().filter(s -> !s.isBlank()).toList();
      if (plan == null || serials.isEmpty()) {
        continue;
      }
      List<BigDecimal> shares = split(line.amount(), serials.size());
      for (int i = 0; i < serials.size(); i++) {
        ContractRecord contract =
            new ContractRecord(storeId, plan.id, orderId, line.lineId(), serials.get(i).trim());
        contract.customerId = customerId;
        contract.accountId = accountId;
        contract.sellerId = sellerId;
        contract.soldAt = soldAt;
        contract.startOn = start;
        contract.endOn = ContractTerms.end(start, plan.termMonths);
        contract.price = shares.get(i);
        em.persist(contract);
      }
    }
  }

  /** What returning {@code quantity} units of a plan line refunds: its contracts' unused share. */
  public BigDecimal refund(long lineId, int quantity, int lineQuantity, Instant returnedAt) {
    List<ContractRecord> contracts = activeOfLine(lineId);
    LocalDate on = LocalDate.ofInstant(returnedAt, clock.getZone());
    return cancelled(contracts, quantity, lineQuantity).stream()
        .map(c -> refundOf(c, on))
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** Cancels the contracts of returned plan units, each refunded pro rata. */
  public void cancel(long lineId, int quantity, int lineQuantity, Instant returnedAt) {
    LocalDate on = LocalDate.ofInstant(returnedAt, clock.getZone());
    for (ContractRecord c : cancelled(activeOfLine(lineId), quantity, lineQuantity)) {
      Map<String, Object> before = state(c);
      c.refund = refundOf(c, on);
      c.status = ContractStatus.CANCELLED;
      c.closedOn = on;
      audit.changed(
          new AuditedRecord(ContractService.RECORD_TYPE, c.id, c.storeId), before, state(c));
    }
  }

  /**
   * A returned device: every contract in force for its serial (sold with it or later) ends on the
   * day of the return; nothing is refunded (the plan itself was not returned).
   */
  public void endDevice(String serial, Instant returnedAt) {
    LocalDate on = LocalDate.ofInstant(returnedAt, clock.getZone());
    List<ContractRecord> contracts =
        em.createQuery(
                "select c from ContractRecord c where c.serial = :serial"
                    + " and c.status = :active",
                ContractRecord.class)
            .setParameter("serial", serial)
            .setParameter("active", ContractStatus.ACTIVE)
            .getResultList();
    for (ContractRecord c : contracts) {
      Map<String, Object> before = state(c);
      c.status = ContractStatus.ENDED;
      c.closedOn = on;
      audit.changed(
          new AuditedRecord(ContractService.RECORD_TYPE, c.id, c.storeId), before, state(c));
    }
  }

  private List<ContractRecord> activeOfLine(long lineId) {
    return em.createQuery(
            "select c from ContractRecord c where c.orderLineId = :line and c.status = :active"
                + " order by c.id",
            ContractRecord.class)
        .setParameter("line", lineId)
        .setParameter("active", ContractStatus.ACTIVE)
        .getResultList();
  }

  /**
   * The contracts a return of {@code quantity} of {@code lineQuantity} units cancels: all when the
   * whole line comes back, else the devices of those units (the last ones first).
   */
  private static List<ContractRecord> cancelled(
      List<ContractRecord> active, int quantity, int lineQuantity) {
    if (quantity >= lineQuantity || active.isEmpty()) {
      return active;
    }
    int perUnit = Math.max(1, (int) Math.ceil(active.size() / (double) lineQuantity));
    int count = Math.min(active.size(), perUnit * quantity);
    return active.subList(active.size() - count, active.size());
  }

  private BigDecimal refundOf(ContractRecord c, LocalDate on) {
    return ContractTerms.refund(c.price, c.startOn, c.endOn, on, settings.lifetimeRefundMonths());
  }

  /** {@code amount} split in {@code parts} to the cent, the first parts taking the odd cents. */
  static List<BigDecimal> split(BigDecimal amount, int parts) {
    long cents = amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    long base = cents / parts;
    long odd = cents % parts;
    return java.util.stream.IntStream.range(0, parts)
        .mapToObj(i -> BigDecimal.valueOf(base + (i < odd ? 1 : 0), 2))
        .toList();
  }

  private static Map<String, Object> state(ContractRecord c) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", c.status);
    state.put("closedOn", c.closedOn);
    state.put("refund", c.refund);
    return state;
  }
}
