package org.storecrm.services.internal.requests;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.RegionType;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.CurrentUser;
import org.storecrm.sales.BusinessAccounts;
import org.storecrm.sales.OrderPlaced;
import org.storecrm.services.Coverage;
import org.storecrm.services.RequestKind;
import org.storecrm.services.RequestPriority;
import org.storecrm.services.ServiceCoverage;
import org.storecrm.services.internal.ServicesSettings;

/**
 * A sale of a device that needs installing ({@code storecrm.services.installation.categories})
 * registers an installation request per unit, in the sale's transaction, for the sale's customer or
 * business account; an anonymous sale has no one to visit and registers none. Runs after the sale's
 * plans became contracts ({@code @Priority}), so a device covered by a plan sold with it shows as
 * covered.
 */
@ApplicationScoped
public class InstallationRequests {
  @PersistenceContext EntityManager em;
  @Inject ServicesSettings settings;
  @Inject Clock clock;
  @Inject CustomerDirectory customers;
  @Inject BusinessAccounts accounts;
  @Inject ServiceCoverage coverage;
  @Inject CurrentUser user;
  @Inject AuditTrail audit;

  void placed(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) OrderPlaced sale) {
    List<OrderPlaced.Line> installed =
        sale.lines().stream()
            .filter(l -> l.category() != null)
            .filter(l -> settings.installationCategories().contains(l.category()))
            .toList();
    if (installed.isEmpty() || (sale.customerId() == null && sale.accountId() == null)) {
      return;
    }
    RegionType region;
    RequestPriority priority;
    Long customerId = sale.customerId();
    Long accountId = null;
    if (customerId != null) {
      region = customers.get(customerId).region();
      priority = RequestPriority.STANDARD;
    } else {
      BusinessAccounts.AccountRef account = accounts.find(sale.accountId()).orElse(null);
      if (account == null) {
        return;
      }
      accountId = account.id();
      // An account names no region: the stricter city promise, the manager can reschedule.
      region = RegionType.CITY;
      priority = account.key() ? RequestPriority.KEY_ACCOUNT : RequestPriority.BUSINESS;
    }
    SlaDeadline sla =
        new SlaDeadline(
            settings.serviceOpens(),
            settings.serviceCloses(),
            settings.serviceDays(),
            clock.getZone());
    java.time.Instant now = clock.instant();
    for (OrderPlaced.Line line : installed) {
      for (int unit = 0; unit < line.quantity(); unit++) {
        String serial = deviceOf(sale.orderId(), line, unit);
        ServiceRequest request =
            new ServiceRequest(
                sale.storeId(),
                customerId,
                accountId,
                serial,
                RequestKind.INSTALLATION,
                region,
                "Installation of the device sold on order " + sale.orderId(),
                null,
                now,
                user.username(),
                sla.deadline(now, null, settings.slaAllowance(region)),
                priority);
        List<Coverage> covering = coverage.covering(serial, now);
        request.coveredBy(covering.isEmpty() ? null : covering.get(0).contractId());
        em.persist(request);
        em.flush();
        Map<String, Object> created = request.creationAuditState();
        created.put("orderId", sale.orderId());
        audit.created(
            new AuditedRecord(ServiceRequestService.RECORD_TYPE, request.id(), request.storeId()),
            created);
      }
    }
  }

  /**
   * The unit's serial when the sale named it; else the sold unit by order, line and unit, which
   * finds the sale when no serial was taken at the counter.
   */
  static String deviceOf(long orderId, OrderPlaced.Line line, int unit) {
    return unit < line.serials().size()
        ? line.serials().get(unit)
        : "ORDER-" + orderId + "-" + line.lineNo() + "-" + (unit + 1);
  }
}
