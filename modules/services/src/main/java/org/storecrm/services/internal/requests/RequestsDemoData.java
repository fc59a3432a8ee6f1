package org.storecrm.services.internal.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.storecrm.customers.CustomerDirectory;
import org.storecrm.customers.RegionType;
import org.storecrm.platform.DemoData;
import org.storecrm.platform.DemoData.DemoUser;
import org.storecrm.services.RequestKind;
import org.storecrm.services.RequestPriority;
import org.storecrm.services.RequestProgress;
import org.storecrm.services.RequestStatus;
import org.storecrm.services.internal.ServicesSettings;

/**
 * A handful of service requests in each demo store, so that the dispatch board, the technician's
 * jobs and the job page show every step from the first login: registered (one with the soonest
 * deadline, at risk when seeded in service hours), dispatched, on site, done with the client's
 * feedback, and one breached (dispatched yesterday, nobody on site yet). Deadlines come from the
 * SLA rule like a registration's; the clients are the store's demo customers. A store without a
 * demo technician (a database seeded before there was one) gets its registered requests only.
 */
@ApplicationScoped
public class RequestsDemoData implements DemoData {
  /** Each demo store's code and the demo usernames of its consultant, manager and technician. */
  private static final String[][] STORES = {
    {"SH-FLAGSHIP", "consultant", "manager", "tech"},
    {"CD-PLAZA", "plaza.consultant", "plaza.manager", "plaza.tech"}
  };

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ServicesSettings settings;
  @Inject CustomerDirectory customers;

  @Override
  public String module() {
    return "service-requests";
  }

  @Override
  public int order() {
    return 45; // after the customers (10) and the plans (40)
  }

  @Override
  public void seed() {
    for (String[] demo : STORES) {
      List<Long> store = DemoData.storeIds(em, demo[0]);
      if (store.isEmpty()) {
        continue;
      }
      List<Long> clients = customers.demoClients(store.get(0), 6);
      if (clients.size() < 6) {
        continue; // the customers' demo data is off or failed: no one to visit
      }
      seed(store.get(0), clients, demo[1], demo[2], DemoData.user(em, demo[3]));
    }
    em.flush();
  }

  private void seed(
      long storeId,
      List<Long> clients,
      String registeredBy,
      String dispatchedBy,
      Optional<DemoUser> tech) {
    Instant now = clock.instant();
    SlaDeadline sla =
        new SlaDeadline(
            settings.serviceOpens(),
            settings.serviceCloses(),
            settings.serviceDays(),
            clock.getZone());
    Duration city = settings.slaAllowance(RegionType.CITY);

    // Registered a few minutes ago, visit agreed for tomorrow morning.
    Instant tomorrow =
        LocalDate.now(clock)
            .plusDays(1)
            .atTime(LocalTime.of(10, 0))
            .atZone(clock.getZone())
            .toInstant();
    request(
        storeId,
        clients.get(0),
        "DM-PC-0001",
        RequestKind.INSTALLATION,
        RegionType.CITY,
        "Install the new desktop and move the old files over",
        tomorrow,
        now.minus(Duration.ofMinutes(12)),
        registeredBy,
        sla);
    // Registered earlier, waiting for a technician: the deadline nearest now.
    Instant atRisk = atRiskRegistration(sla, city, now, settings.slaWarning());
    request(
        storeId,
        clients.get(1),
        "DM-NB-0002",
        RequestKind.ON_SITE,
        RegionType.CITY,
        "Notebook will not connect to the office Wi-Fi",
        null,
        atRisk,
        registeredBy,
        sla);
    if (tech.isEmpty()) {
      return;
    }
    DemoUser t = tech.get();
    // Dispatched, the technician on the way (a county job: the six-hour promise).
    ServiceRequest dispatched =
        request(
            storeId,
            clients.get(2),
            "DM-PC-0003",
            RequestKind.ON_SITE,
            RegionType.COUNTY,
            "Desktop restarts by itself after an hour",
            null,
            now.minus(Duration.ofMinutes(40)),
            registeredBy,
            sla);
    dispatch(dispatched, t, dispatchedBy, now.minus(Duration.ofMinutes(30)));
    // On site now, notes taken.
    ServiceRequest onSite =
        request(
            storeId,
            clients.get(3),
            "DM-TB-0004",
            RequestKind.ON_SITE,
            RegionType.CITY,
            "Tablet screen flickers",
            null,
            now.minus(Duration.ofMinutes(90)),
            registeredBy,
            sla);
    dispatch(onSite, t, dispatchedBy, now.minus(Duration.ofMinutes(80)));
    onSite.recordProgress(
        new RequestProgress(
            RequestStatus.ON_SITE, "Loose display cable found; reseating it", null, null),
        now.minus(Duration.ofMinutes(20)));
    // Done three days ago within the promise, signed, and scored by the client.
    Instant daysAgo =
        LocalDate.now(clock)
            .minusDays(3)
            .atTime(LocalTime.of(10, 0))
            .atZone(clock.getZone())
            .toInstant();
    ServiceRequest done =
        request(
            storeId,
            clients.get(4),
            "DM-PC-0005",
            RequestKind.INSTALLATION,
            RegionType.CITY,
            "Install the desktop sold on Saturday",
            null,
            daysAgo,
            registeredBy,
            sla);
    dispatch(done, t, dispatchedBy, daysAgo.plus(Duration.ofMinutes(10)));
    Instant arrived =
        earlier(
            daysAgo.plus(Duration.ofMinutes(65)), done.slaDeadline().minus(Duration.ofMinutes(5)));
    done.recordProgress(
        new RequestProgress(
            RequestStatus.ON_SITE,
            "Installed, drivers updated, old files copied",
            "HDMI cable x1",
            "{\"lines\":[[[12,40],[60,18],[110,44],[150,20]]]}"),
        arrived);
    Instant finished = arrived.plus(Duration.ofMinutes(70));
    done.recordProgress(new RequestProgress(RequestStatus.DONE, null, null, null), finished);
    done.recordFeedback(5, finished.plus(Duration.ofMinutes(15)), null);
    // Breached: registered yesterday (or on an earlier service day), dispatched, nobody on site
    // yet.
    LocalDate lateDay = LocalDate.now(clock).minusDays(1);
    Instant yesterday = lateDay.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant();
    while (!sla.deadline(yesterday, null, city).isBefore(now)) {
      lateDay = lateDay.minusDays(1);
      yesterday = lateDay.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant();
    }
    ServiceRequest late =
        request(
            storeId,
            clients.get(5),
            "DM-PH-0006",
            RequestKind.CARRY_IN,
            RegionType.CITY,
            "Phone does not charge",
            null,
            yesterday,
            registeredBy,
            sla);
    dispatch(late, t, dispatchedBy, yesterday.plus(Duration.ofMinutes(15)));
  }

  /**
   * The latest registration before now whose deadline falls within two thirds of the warning from
   * now (at risk, with some minutes left to see it), looked up minute by minute over the last day;
   * outside service hours none does, and the request registered now has the nearest deadline (at
   * risk soon after opening).
   */
  static Instant atRiskRegistration(
      SlaDeadline sla, Duration allowance, Instant now, Duration warning) {
    Instant soon = now.plus(warning.multipliedBy(2).dividedBy(3));
    for (int minutes = 1; minutes <= 24 * 60; minutes++) {
      Instant registered = now.minus(Duration.ofMinutes(minutes));
      Instant deadline = sla.deadline(registered, null, allowance);
      if (!deadline.isAfter(soon)) {
        return deadline.isAfter(now) ? registered : now;
      }
    }
    return now;
  }

  private ServiceRequest request(
      long storeId,
      long customerId,
      String serial,
      RequestKind kind,
      RegionType region,
      String problem,
      Instant agreedAt,
      Instant registeredAt,
      String registeredBy,
      SlaDeadline sla) {
    ServiceRequest request =
        new ServiceRequest(
            storeId,
            customerId,
            null,
            serial,
            kind,
            region,
            problem,
            agreedAt,
            registeredAt,
            registeredBy,
            sla.deadline(registeredAt, agreedAt, settings.slaAllowance(region)),
            RequestPriority.STANDARD);
    em.persist(request);
    return request;
  }

  private static void dispatch(
      ServiceRequest request, DemoUser tech, String dispatchedBy, Instant at) {
    request.dispatchTo(tech.id(), tech.fullName(), at, dispatchedBy);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
