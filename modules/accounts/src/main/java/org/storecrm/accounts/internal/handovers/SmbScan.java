package org.storecrm.accounts.internal.handovers;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storecrm.accounts.HandoverStatus;
import org.storecrm.accounts.ScanReason;
import org.storecrm.accounts.SmbScanReport;
import org.storecrm.accounts.internal.AccountsSettings;
import org.storecrm.accounts.internal.StaffLookup;
import org.storecrm.customers.BuyerIdentity;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.CustomerType;
import org.storecrm.sales.BuyerFigure;
import org.storecrm.sales.SalesFigures;

/**
 * The weekly scan of store sales for business buyers (docs/domain.md, "Business accounts"): the
 * buyers of the recent window come from the sales module in one grouped query, their types from the
 * customers module a thousand at a time; each buyer a rule lists ({@link SmbRules}) who was never
 * in a queue becomes a handover for the least busy account manager of their store, with its reason.
 * One transaction: a concurrent run's find (the key on the customer) fails this one, which its
 * caller repeats and which then lists nothing twice.
 */
@Stateless
@PermitAll // the timer has no caller; users come in through Handovers.runSmbScan (ADMIN)
public class SmbScan {
  private static final int REPORTED_FINDS = 200;

  @PersistenceContext EntityManager em;
  @Inject SalesFigures sales;
  @Inject CustomerDirectory customers;
  @Inject StaffLookup staff;
  @Inject AccountsSettings settings;
  @Inject Clock clock;

  public SmbScanReport scan(Instant now) {
    String week = SmbRules.week(now, clock.getZone());
    SmbRules rules = new SmbRules(settings.smbCompanyCustomers(), settings.smbRepeatOrders());
    List<BuyerFigure> buyers =
        sales.buyers(
            now.minus(settings.smbLookbackDays(), ChronoUnit.DAYS),
            now.minus(settings.smbRecentDays(), ChronoUnit.DAYS),
            now,
            settings.smbBusinessCategories(),
            settings.smbMultiUnitMin());
    Map<Long, ManagerLoads> managersByStore = new HashMap<>();
    List<SmbScanReport.Find> finds = new ArrayList<>();
    int listed = 0;
    int alreadyListed = 0;
    int withoutManager = 0;
    for (int start = 0; start < buyers.size(); start += CustomerDirectory.MAX_IDENTITIES) {
      List<BuyerFigure> batch =
          buyers.subList(start, Math.min(buyers.size(), start + CustomerDirectory.MAX_IDENTITIES));
      List<Long> ids = batch.stream().map(BuyerFigure::customerId).toList();
      Map<Long, BuyerIdentity> identities = customers.identities(ids);
      Set<Long> queued = everQueued(ids);
      for (BuyerFigure figure : batch) {
        BuyerIdentity buyer = identities.get(figure.customerId());
        Optional<ScanReason> reason =
            buyer == null
                ? Optional.empty()
                : rules.reason(figure, buyer.type() == CustomerType.COMPANY, week);
        if (reason.isEmpty()) {
          continue;
        }
        if (!queued.add(buyer.id())) {
          alreadyListed++;
          continue;
        }
        Optional<Long> manager =
            managersByStore.computeIfAbsent(buyer.storeId(), this::managerLoads).leastBusy();
        if (manager.isEmpty()) {
          withoutManager++;
          continue;
        }
        Handover handover = list(buyer, manager.get(), reason.get(), now);
        listed++;
        if (finds.size() < REPORTED_FINDS) {
          finds.add(
              new SmbScanReport.Find(
                  buyer.id(),
                  buyer.storeId(),
                  handover.customerName(),
                  handover.id(),
                  manager.get(),
                  reason.get()));
        }
      }
    }
    em.flush();
    return new SmbScanReport(
        now, week, buyers.size(), listed, alreadyListed, withoutManager, List.copyOf(finds));
  }

  private Handover list(BuyerIdentity buyer, long managerId, ScanReason reason, Instant now) {
    Handover handover =
        Handover.listedByScan(
            buyer.storeId(), buyer.id(), buyer.name(), buyer.phone(), managerId, now);
    em.persist(handover); // the sequence gives its id now
    em.persist(new SmbFind(buyer.id(), handover.id(), reason, now));
    return handover;
  }

  /** Those of these customers who were ever in an account manager's queue (any status). */
  private Set<Long> everQueued(List<Long> customerIds) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT h.customerId FROM Handover h WHERE h.customerId IN :ids",
                Long.class)
            .setParameter("ids", customerIds)
            .getResultList());
  }

  private ManagerLoads managerLoads(long storeId) {
    List<Long> managers =
        staff.accountManagers(storeId).stream().map(StaffLookup.Staff::id).toList();
    Map<Long, Long> open = new HashMap<>();
    if (!managers.isEmpty()) {
      for (Object[] row :
          em.createQuery(
                  "SELECT h.accountManagerId, COUNT(h) FROM Handover h WHERE h.status = :open"
                      + " AND h.accountManagerId IN :managers GROUP BY h.accountManagerId",
                  Object[].class)
              .setParameter("open", HandoverStatus.OPEN)
              .setParameter("managers", managers)
              .getResultList()) {
        open.put((Long) row[0], (Long) row[1]);
      }
    }
    return new ManagerLoads(managers, open);
  }

  /** A store's account managers and their open handovers, counted up as the scan assigns. */
  private record ManagerLoads(List<Long> managers, Map<Long, Long> open) {
    Optional<Long> leastBusy() {
      Optional<Long> chosen =
          managers.stream()
              .min(
                  java.util.Comparator.comparingLong(
                      (Long id) -> open.getOrDefault(id, 0L))); // ties: the first by name
      chosen.ifPresent(id -> open.merge(id, 1L, Long::sum));
      return chosen;
    }
  }
}
