package org.storecrm.services.internal.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
@ApplicationScoped
public class ContractBook {
  @PersistenceContext EntityManager em;
  @Inject ServicesSettings settings;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A sold plan line: its product, what it charged, and the devices it covers. */
  public record SoldPlan(long lineId, long productId, BigDecimal amount, List<String> serials) {}

  /** The plans sold through these catalogue products, by product id. */
  public Map<Long, ServicePlanRecord> plansByProduct(Collection<Long> productIds) {
    if (productIds.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "select p from ServicePlanRecord p where p.productId in :ids", ServicePlanRecord.class)
        .setParameter("ids", List.copyOf(new java.util.HashSet<>(productIds)))
        // read in the sale's transaction without flushing its rows early (sales flushes once)
        .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(ServicePlanRecord::productId, Function.identity()));
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
    ContractRecord.Sale sale =
        new ContractRecord.Sale(
            storeId,
            orderId,
            customerId,
            accountId,
            sellerId,
            soldAt,
            LocalDate.ofInstant(soldAt, clock.getZone()));
    for (SoldPlan line : lines) {
      ServicePlanRecord plan = plans.get(line.productId());
      List<String> serials = line.serials().stream().filter(s -> !s.isBlank()).toList();
      if (plan == null || serials.isEmpty()) {
        continue;
      }
      List<BigDecimal> shares = split(line.amount(), serials.size());
      for (int i = 0; i < serials.size(); i++) {
        em.persist(
            new ContractRecord(sale, plan, line.lineId(), serials.get(i).trim(), shares.get(i)));
      }
    }
  }

  /**
   * What returning {@code quantity} units of a plan line refunds, or empty when the line has no
   * contracts (sold before the plan existed): its returned contracts' unused share, each up to the
   * day of the return or the earlier day its device came back.
   */
  public Optional<BigDecimal> refund(long lineId, int quantity, boolean wholeLine, Instant at) {
    List<ContractRecord> all = ofLine(lineId);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    LocalDate on = LocalDate.ofInstant(at, clock.getZone());
    return Optional.of(
        returned(all, quantity, wholeLine).stream()
            .map(c -> c.refundOn(on, settings.lifetimeRefundMonths()))
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2, RoundingMode.HALF_UP));
  }

  /** Cancels the contracts of returned plan units, each refunded pro rata. */
  public void cancel(long lineId, int quantity, boolean wholeLine, Instant at) {
    LocalDate on = LocalDate.ofInstant(at, clock.getZone());
    for (ContractRecord c : returned(ofLine(lineId), quantity, wholeLine)) {
      Map<String, Object> before = c.auditState();
      c.cancel(on, settings.lifetimeRefundMonths());
      audit.changed(
          new AuditedRecord(ContractService.RECORD_TYPE, c.id(), c.storeId()),
          before,
          c.auditState());
    }
  }

  /**
   * A returned device: every contract in force for its serial (sold with it or later) ends on the
   * day of the return; nothing is refunded (the plan itself was not returned).
   */
  public void endDevice(String serial, Instant at) {
    LocalDate on = LocalDate.ofInstant(at, clock.getZone());
    List<ContractRecord> contracts =
        em.createQuery(
                "select c from ContractRecord c where c.serial = :serial and c.status = :active",
                ContractRecord.class)
            .setParameter("serial", serial)
            .setParameter("active", ContractStatus.ACTIVE)
            .getResultList();
    for (ContractRecord c : contracts) {
      Map<String, Object> before = c.auditState();
      c.endWithDevice(on);
      audit.changed(
          new AuditedRecord(ContractService.RECORD_TYPE, c.id(), c.storeId()),
          before,
          c.auditState());
    }
  }

  /** The line's contracts not cancelled yet (in force, or ended by their device's return). */
  private List<ContractRecord> ofLine(long lineId) {
    return em.createQuery(
            "select c from ContractRecord c where c.orderLineId = :line and c.status <> :cancelled"
                + " order by c.id",
            ContractRecord.class)
        .setParameter("line", lineId)
        .setParameter("cancelled", ContractStatus.CANCELLED)
        .getResultList();
  }

  /**
   * The contracts a return cancels: all when nothing of the line is left, else one per returned
   * unit (a single-device plan's line has a contract per unit), the last ones first.
   */
  static List<ContractRecord> returned(List<ContractRecord> open, int quantity, boolean wholeLine) {
    if (wholeLine || open.size() <= quantity) {
      return open;
    }
    return open.subList(open.size() - quantity, open.size());
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
}
