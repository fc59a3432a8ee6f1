package org.storecrm.services.internal.requests;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storecrm.platform.NewNotice;
import org.storecrm.platform.NotificationGateway;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffNotices;
import org.storecrm.services.SlaSweepReport;
import org.storecrm.services.internal.ServicesSettings;

/**
 * The SLA sweep: warns the store's managers a configurable time before a deadline and flags a
 * breach once it has passed with nobody on site, each step exactly once per request. Each step is
 * one guarded set-based UPDATE that moves {@code sla_watch} down and stamps this run's id on the
 * rows it changed: a row is claimed by one run only, even when two instances' runs meet (the second
 * UPDATE waits for the first's row locks and then finds the guard no longer true). Only the rows
 * this run claimed are notified: an in-app notice to the store's managers (keys unique per request
 * and step) and a message through the notification gateway to the store's phone.
 */
@Stateless
public class SlaSweep {
  static final String BUNDLE = "org.storecrm.services.messages";
  private static final Logger LOG = Logger.getLogger(SlaSweep.class.getName());
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @PersistenceContext EntityManager em;
  @Inject StaffNotices notices;
  @Inject NotificationGateway gateway;
  @Inject ServicesSettings settings;
  @Inject Clock clock;

  public SlaSweepReport sweep(Instant now) {
    String run = UUID.randomUUID().toString();
    int warned =
        em.createNativeQuery(
                "UPDATE svc_request SET sla_watch = ?1, warned_at = ?2, warn_run = ?3"
                    + " WHERE sla_watch = ?4 AND warned_at IS NULL"
                    + " AND sla_deadline > ?5 AND sla_deadline <= ?6")
            .setParameter(1, ServiceRequest.WATCH_BREACH)
            .setParameter(2, utc(now))
            .setParameter(3, run)
            .setParameter(4, ServiceRequest.WATCH_ALL)
            .setParameter(5, utc(now))
            .setParameter(6, utc(now.plus(settings.slaWarning())))
            .executeUpdate();
    int breached =
        em.createNativeQuery(
                "UPDATE svc_request SET sla_watch = ?1, breached_at = sla_deadline,"
                    + " breach_flagged_at = ?2, breach_run = ?3"
                    + " WHERE sla_watch > ?4 AND breached_at IS NULL AND sla_deadline < ?5"
                    + " AND (on_site_at IS NULL OR on_site_at > sla_deadline)")
            .setParameter(1, ServiceRequest.WATCH_NONE)
            .setParameter(2, utc(now))
            .setParameter(3, run)
            .setParameter(4, ServiceRequest.WATCH_NONE)
            .setParameter(5, utc(now))
            .executeUpdate();
    int posted = 0;
    int sent = 0;
    if (warned + breached > 0) {
      Map<Long, String> phones = new HashMap<>();
      for (ServiceRequest request : claimed("warnRun", run)) {
        posted += notify(request, "warn", phones);
        sent += message(request, "warn", phones);
      }
      for (ServiceRequest request : claimed("breachRun", run)) {
        posted += notify(request, "breach", phones);
        sent += message(request, "breach", phones);
      }
    }
    JobRun last = em.find(JobRun.class, JobRun.SERVICE_SLA);
    if (last != null) {
      last.lastRunAt = now;
      last.warned = warned;
      last.breached = breached;
    }
    return new SlaSweepReport(now, warned, breached, posted, sent);
  }

  private List<ServiceRequest> claimed(String column, String run) {
    return em.createQuery(
            "select r from ServiceRequest r where r." + column + " = :run order by r.id",
            ServiceRequest.class)
        .setParameter("run", run)
        .getResultList();
  }

  private int notify(ServiceRequest request, String step, Map<Long, String> phones) {
    return notices.postToRole(
        new NewNotice(
            "service-sla:" + step + ":" + request.id,
            BUNDLE,
            "notice.sla." + step,
            List.of(
                String.valueOf(request.id),
                request.deviceSerial,
                TIME.format(request.slaDeadline.atZone(clock.getZone()))),
            "/services/job.xhtml?id=" + request.id),
        request.storeId,
        Role.MANAGER);
  }

  /** A text to the store's phone (the logging gateway by default); a refused one is logged. */
  private int message(ServiceRequest request, String step, Map<Long, String> phones) {
    String phone = phones.computeIfAbsent(request.storeId, this::storePhone);
    if (phone == null || phone.isBlank()) {
      return 0;
    }
    String text =
        MessageFormat.format(
            ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE)
                .getString("notice.sla." + step),
            String.valueOf(request.id),
            request.deviceSerial,
            TIME.format(request.slaDeadline.atZone(clock.getZone())));
    try {
      gateway.send(phone, text);
      return 1;
    } catch (NotificationGateway.NotificationFailedException e) {
      LOG.log(Level.WARNING, "SLA message for request " + request.id + " not sent", e);
      return 0;
    }
  }

  /** The store's phone from the platform's store table (the sweep runs without a caller). */
  private String storePhone(long storeId) {
    List<?> rows =
        em.createNativeQuery("SELECT phone FROM plt_store WHERE id = ?1")
            .setParameter(1, storeId)
            .getResultList();
    return rows.isEmpty() || rows.get(0) == null ? "" : rows.get(0).toString();
  }

  private static Object utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
