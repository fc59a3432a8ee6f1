package org.storecrm.services.internal.contracts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.storecrm.platform.CurrentUser;
import org.storecrm.sales.Category;
import org.storecrm.sales.ChecklistEntry;
import org.storecrm.sales.ChecklistOutcome;
import org.storecrm.sales.OrderPlaced;
import org.storecrm.sales.OrderReturned;
import org.storecrm.sales.SuggestionKind;
import org.storecrm.services.PlanOfferStatus;

/**
 * Keeps the after-sale plan offers in the sale's and the return's transactions: a device sold
 * without a plan, whose plan the customer did not decline at the counter, gets an open offer of the
 * single-device plans that fit it; a plan sold later for the device accepts it; the device's return
 * closes it. Business plans (several devices) are left to the counter: they are sold for a basket.
 */
@ApplicationScoped
public class PlanOfferSales {
  @PersistenceContext EntityManager em;
  @Inject ContractBook book;
  @Inject CurrentUser user;

  void placed(@Observes OrderPlaced sale) {
    Set<String> coveredNow = serialsWithAPlan(sale);
    close(coveredNow, null, PlanOfferStatus.ACCEPTED, sale.soldAt());
    List<OrderPlaced.Line> devices =
        sale.lines().stream()
            .filter(l -> l.category() != null && l.category().isMainProduct())
            .filter(l -> !l.serials().isEmpty())
            .toList();
    if (devices.isEmpty()) {
      return;
    }
    List<ServicePlanRecord> plans = activeSingleDevicePlans();
    Set<Long> declinedFor = declinedAtTheCounter(sale.checklist());
    for (OrderPlaced.Line line : devices) {
      List<String> codes =
          plans.stream()
              .filter(p -> p.categories().contains(line.category()))
              .map(ServicePlanRecord::code)
              .sorted()
              .toList();
      if (codes.isEmpty() || declinedFor.contains(line.productId())) {
        continue;
      }
      for (String serial : new HashSet<>(line.serials())) {
        String device = serial.trim();
        if (device.isEmpty() || coveredNow.contains(device)) {
          continue;
        }
        em.persist(new PlanOfferRecord(sale, line, device, codes));
      }
    }
  }

  void returned(@Observes OrderReturned ret) {
    for (OrderReturned.Line line : ret.lines()) {
      if (line.category() != null && line.category().isMainProduct()) {
        close(
            ContractSales.returnedSerials(line),
            line.lineId(),
            PlanOfferStatus.RETURNED,
            ret.returnedAt());
      }
    }
  }

  /** The devices this sale sells a plan for (a plan line names the serials it covers). */
  private Set<String> serialsWithAPlan(OrderPlaced sale) {
    Map<Long, ServicePlanRecord> plans =
        book.plansByProduct(
            sale.lines().stream()
                .filter(l -> l.category() == Category.SERVICE)
                .map(OrderPlaced.Line::productId)
                .toList());
    return sale.lines().stream()
        .filter(l -> plans.containsKey(l.productId()))
        .flatMap(l -> l.serials().stream())
        .map(String::trim)
        .collect(Collectors.toSet());
  }

  /** The device products whose plan offer the customer turned down at the counter. */
  private static Set<Long> declinedAtTheCounter(List<ChecklistEntry> checklist) {
    return checklist.stream()
        .filter(e -> e.kind() == SuggestionKind.SERVICE_PLAN)
        .filter(e -> e.outcome() == ChecklistOutcome.DECLINED)
        .map(ChecklistEntry::forProductId)
        .collect(Collectors.toSet());
  }

  private List<ServicePlanRecord> activeSingleDevicePlans() {
    return em.createQuery(
            "select p from ServicePlanRecord p where p.status = 'ACTIVE' and p.deviceLimit = 1",
            ServicePlanRecord.class)
        // read in the sale's transaction without flushing its rows early (sales flushes once)
        .setFlushMode(FlushModeType.COMMIT)
        .getResultList();
  }

  /** The open offers of these devices (of one store when {@code storeId} is given). */
  static List<PlanOfferRecord> open(EntityManager em, Collection<String> serials, Long storeId) {
    if (serials.isEmpty()) {
      return List.of();
    }
    TypedQuery<PlanOfferRecord> query =
        em.createQuery(
                "select o from PlanOfferRecord o where o.serial in :serials and o.status = :open"
                    + (storeId == null ? "" : " and o.storeId = :store"),
                PlanOfferRecord.class)
            .setParameter("serials", List.copyOf(serials))
            .setParameter("open", PlanOfferStatus.OPEN)
            // read in the sale's transaction without flushing its rows early (sales flushes once)
            .setFlushMode(FlushModeType.COMMIT);
    if (storeId != null) {
      query.setParameter("store", storeId);
    }
    return query.getResultList();
  }

  /** Closes the open offers of these devices (of one order line when {@code lineId} is given). */
  private void close(Collection<String> serials, Long lineId, PlanOfferStatus to, Instant at) {
    if (serials.isEmpty()) {
      return;
    }
    for (PlanOfferRecord offer : open(em, serials, null)) {
      if (lineId == null || lineId.equals(offer.orderLineId())) {
        offer.close(to, at, user.username());
      }
    }
  }
}
