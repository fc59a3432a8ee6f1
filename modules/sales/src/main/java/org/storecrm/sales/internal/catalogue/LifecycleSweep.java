package org.storecrm.sales.internal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.platform.AuditTrail;
import org.storecrm.platform.AuditTrail.AuditedRecord;
import org.storecrm.platform.Roles;
import org.storecrm.sales.LifecyclePhase;
import org.storecrm.sales.LifecycleReport;
import org.storecrm.sales.ProductLifecycle;
import org.storecrm.sales.internal.SalesSettings;

/**
 * Moves products whose introduction weeks are over to the plateau, set-based: one bulk update, so
 * the sweep costs the same for ten products as for ten thousand.
 */
@Stateless
@Local(ProductLifecycle.class)
@LocalBean // the timer calls sweep(), which is not part of ProductLifecycle
public class LifecycleSweep implements ProductLifecycle {
  @PersistenceContext EntityManager em;
  @Inject SalesSettings settings;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  @RolesAllowed(Roles.ADMIN)
  public LifecycleReport runSweep() {
    return sweep(LocalDate.now(clock));
  }

  /** The timer's entry (no caller to check); idempotent for a day. */
  public LifecycleReport sweep(LocalDate today) {
    LocalDate launchedBy = today.minusDays(settings.introductionDays());
    // The ids first, for the audit trail: the few products launched on one day, not the range.
    List<Long> ids =
        em.createQuery(
                "SELECT p.id FROM Product p WHERE p.phase = :introduction"
                    + " AND p.launchedOn <= :launchedBy",
                Long.class)
            .setParameter("introduction", LifecyclePhase.INTRODUCTION)
            .setParameter("launchedBy", launchedBy)
            .getResultList();
    if (ids.isEmpty()) {
      return new LifecycleReport(launchedBy, 0);
    }
    // A bulk update also invalidates EclipseLink's cached products; the version bump makes an
    // edit that was open during the sweep stale instead of silently undoing it.
    int moved =
        em.createQuery(
                "UPDATE Product p SET p.phase = :plateau, p.version = p.version + 1"
                    + " WHERE p.id IN :ids AND p.phase = :introduction")
            .setParameter("plateau", LifecyclePhase.PLATEAU)
            .setParameter("introduction", LifecyclePhase.INTRODUCTION)
            .setParameter("ids", ids)
            .executeUpdate();
    for (Long id : ids) {
      audit.action(
          new AuditedRecord("product", id, null),
          "phase",
          "INTRODUCTION → PLATEAU after " + settings.introductionDays() + " days");
    }
    return new LifecycleReport(launchedBy, moved);
  }
}
