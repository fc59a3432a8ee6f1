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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.storecrm.platform.NewNotice;
import org.storecrm.platform.NotificationGateway;
import org.storecrm.platform.Role;
import org.storecrm.platform.StaffNotices;
import org.storecrm.platform.StorePhones;
import org.storecrm.services.SlaSweepReport;
import org.storecrm.services.internal.ServicesSettings;

/**
 * The SLA sweep: warns the store's managers a configurable time before a deadline and flags a
 * breach once it has passed with nobody on site, each step exactly once per request. Each step is
 * one guarded set-based UPDATE that moves {@code sla_watch} down and stamps this run's id on the
 * rows it changed: a row is claimed by one run only, even when two instances' runs meet (the second
 * UPDATE waits for the first's row locks and then finds the guard no longer true). Only the rows
 * this run claimed are notified: an in-app notice to the store's managers (keys unique per request
 * and step) and a message through the notification gateway to the store's phone. The notices go per
 * store in one batch ({@link StaffNotices#postAllToRole}: the managers looked up once), and the
 * stores' phones come from the platform's {@link StorePhones} in one lookup per run.
 */
@Stateless
public class SlaSweep {
  static final String BUNDLE = "org.storecrm.services.messages";
  private static final Logger LOG = Logger.getLogger(SlaSweep.class.getName());
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @PersistenceContext EntityManager em;
  @Inject StaffNotices notices;
  @Inject StorePhones storePhones;
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
      // Set-based per store: the claimed requests grouped by store, the stores' phones in one
      // lookup, and each store's notices posted in one batch (its managers looked up once).
      Map<Long, List<Claimed>> byStore = new TreeMap<>();
      for (ServiceRequest request : claimed("warnRun", run)) {
        byStore
            .computeIfAbsent(request.storeId(), id -> new ArrayList<>())
            .add(new Claimed(request, "warn"));
      }
      for (ServiceRequest request : claimed("breachRun", run)) {
        byStore
            .computeIfAbsent(request.storeId(), id -> new ArrayList<>())
            .add(new Claimed(request, "breach"));
      }
      Map<Long, String> phones = storePhones.of(byStore.keySet());
      for (Map.Entry<Long, List<Claimed>> store : byStore.entrySet()) {
        posted +=
            notices.postAllToRole(
                store.getValue().stream().map(this::notice).toList(), store.getKey(), Role.MANAGER);
        String phone = phones.get(store.getKey());
        for (Claimed claimed : store.getValue()) {
          sent += message(claimed, phone);
        }
      }
    }
    JobRun last = em.find(JobRun.class, JobRun.SERVICE_SLA);
    if (last != null) {
      last.ran(now, warned, breached);
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

  /** A request this run claimed, and the step it claimed it for ({@code warn}, {@code breach}). */
  private record Claimed(ServiceRequest request, String step) {}

  /** The in-app notice to the store's managers, keyed per request and step. */
  private NewNotice notice(Claimed claimed) {
    ServiceRequest request = claimed.request();
    return new NewNotice(
        "service-sla:" + claimed.step() + ":" + request.id(),
        BUNDLE,
        "notice.sla." + claimed.step(),
        List.of(
            String.valueOf(request.id()),
            request.deviceSerial(),
            TIME.format(request.slaDeadline().atZone(clock.getZone()))),
        "/services/job.xhtml?id=" + request.id());
  }

  /** A text to the store's phone (the logging gateway by default); a refused one is logged. */
  private int message(Claimed claimed, String phone) {
    ServiceRequest request = claimed.request();
    String step = claimed.step();
    if (phone == null || phone.isBlank()) {
      return 0;
    }
    String text =
        MessageFormat.format(
            ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE)
                .getString("notice.sla." + step),
            String.valueOf(request.id()),
            request.deviceSerial(),
            TIME.format(request.slaDeadline().atZone(clock.getZone())));
    try {
      gateway.send(phone, text);
      return 1;
    } catch (NotificationGateway.NotificationFailedException e) {
      LOG.log(Level.WARNING, "SLA message for request " + request.id() + " not sent", e);
      return 0;
    }
  }

  private static Object utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
