package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * Store visits booked with customers (邀约). Booking opens a confirmation call due the day before;
 * settling records the visit or the no-show on the customer's timeline.
 */
public interface Appointments {
  AppointmentView book(long customerId, @NotNull @Valid NewAppointment appointment);

  /** A stale version is refused; only a booked appointment can be settled. */
  AppointmentView settle(long appointmentId, @NotNull @Valid AppointmentOutcome outcome);

  /** The card's appointments, newest first. */
  List<AppointmentView> forCustomer(long customerId);

  /** The caller's store's appointments of a day (in the store's zone), by time. */
  Page<AppointmentView> onDay(@NotNull LocalDate day, PageRequest page);
}
