package org.storecrm.customers.internal.followups;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storecrm.customers.AppointmentOutcome;
import org.storecrm.customers.AppointmentStatus;
import org.storecrm.customers.AppointmentView;
import org.storecrm.customers.Appointments;
import org.storecrm.customers.ContactKind;
import org.storecrm.customers.FollowUpReason;
import org.storecrm.customers.NewAppointment;
import org.storecrm.customers.internal.cards.Customer;
import org.storecrm.platform.CurrentUser;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;
import org.storecrm.platform.RecordNotFoundException;
import org.storecrm.platform.Roles;
import org.storecrm.platform.RuleViolationException;
import org.storecrm.platform.StaleRecordException;
import org.storecrm.platform.StoreScope;
import org.storecrm.platform.ValidatedArguments;

@Stateless
@ValidatedArguments
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class AppointmentService implements Appointments {
  static final String RECORD_TYPE = "Appointment";

  @PersistenceContext EntityManager em;
  @Inject StoreScope scope;
  @Inject CurrentUser user;
  @Inject FollowUpPlan plan;
  @Inject FollowUpScheduler scheduler;
  @Inject Clock clock;

  @Override
  public AppointmentView book(long customerId, NewAppointment input) {
    Customer customer = Customer.visible(em, scope, customerId);
    Instant now = clock.instant();
    if (!input.startsAt().isAfter(now)) {
      throw RuleViolationException.refused(
          "error.appointment.inPast", "startsAt", "An appointment is booked for a time to come");
    }
    Appointment appointment =
        new Appointment(customer, input.startsAt(), input.purpose(), user.username(), now);
    em.persist(appointment);
    em.flush();
    em.persist(
        new ContactRecord(
            customer,
            ContactKind.APPOINTMENT,
            now,
            user.username(),
            input.purpose(),
            "booked",
            null));
    customer.contactedAt(now);
    plan.appointmentConfirmationDue(input.startsAt(), now, clock.getZone())
        .ifPresent(
            due ->
                scheduler.openOnce(
                    customer,
                    FollowUpReason.APPOINTMENT_CONFIRMATION,
                    due,
                    appointment.confirmationKey()));
    em.flush();
    return appointment.toView(customer.name());
  }

  @Override
  public AppointmentView settle(long appointmentId, AppointmentOutcome outcome) {
    Appointment appointment = em.find(Appointment.class, appointmentId);
    if (appointment == null) {
      throw new RecordNotFoundException(RECORD_TYPE, appointmentId);
    }
    scope.checkVisible(appointment.storeId(), RECORD_TYPE, appointmentId);
    if (appointment.version() != outcome.version()) {
      throw new StaleRecordException(RECORD_TYPE, appointmentId);
    }
    if (appointment.status() != AppointmentStatus.BOOKED
        || outcome.status() == AppointmentStatus.BOOKED) {
      throw RuleViolationException.conflict(
          "error.appointment.settled",
          "status",
          "Only a booked appointment can be settled, once",
          Map.of("status", appointment.status()));
    }
    Customer customer = em.find(Customer.class, appointment.customerId());
    Instant now = clock.instant();
    appointment.settle(outcome.status(), now);
    scheduler.cancel(customer, appointment.confirmationKey());
    if (outcome.status() != AppointmentStatus.CANCELLED) {
      // The visit or the no-show goes on the timeline when it happened, not when it was entered.
      Instant occurredAt = appointment.startsAt().isBefore(now) ? appointment.startsAt() : now;
      boolean attended = outcome.status() == AppointmentStatus.ATTENDED;
      em.persist(
          new ContactRecord(
              customer,
              attended ? ContactKind.VISIT : ContactKind.APPOINTMENT,
              occurredAt,
              user.username(),
              appointment.purpose(),
              attended ? "attended" : "no-show",
              null));
      if (attended
          && (customer.lastContactAt() == null || occurredAt.isAfter(customer.lastContactAt()))) {
        customer.contactedAt(occurredAt);
      }
    }
    em.flush();
    return appointment.toView(customer.name());
  }

  @Override
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  public List<AppointmentView> forCustomer(long customerId) {
    Customer customer = Customer.visible(em, scope, customerId);
    return em.createQuery(
            "select a from Appointment a where a.customerId = :customer"
                + " order by a.startsAt desc, a.id desc",
            Appointment.class)
        .setParameter("customer", customer.id())
        .setMaxResults(PageRequest.MAX_SIZE)
        .getResultStream()
        .map(a -> a.toView(customer.name()))
        .toList();
  }

  @Override
  @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.SERVICE, Roles.ADMIN})
  public Page<AppointmentView> onDay(LocalDate day, PageRequest page) {
    Instant from = day.atStartOfDay(clock.getZone()).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    Optional<Long> store = scope.limitedTo();
    String where =
        " from Appointment a, Customer c where c.id = a.customerId"
            + " and a.startsAt >= :from and a.startsAt < :to"
            + (store.isPresent() ? " and a.storeId = :store" : "");
    TypedQuery<Long> count = em.createQuery("select count(a)" + where, Long.class);
    TypedQuery<Object[]> rows =
        em.createQuery("select a, c.name" + where + " order by a.startsAt, a.id", Object[].class);
    for (TypedQuery<?> query : List.of(count, rows)) {
      query.setParameter("from", from).setParameter("to", to);
      store.ifPresent(id -> query.setParameter("store", id));
    }
    List<AppointmentView> items =
        rows.setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultStream()
            .map(row -> ((Appointment) row[0]).toView((String) row[1]))
            .toList();
    return new Page<>(items, count.getSingleResult(), page.page(), page.size());
  }
}
