package org.storecrm.customers.internal.followups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.storecrm.customers.AppointmentStatus;
import org.storecrm.customers.AppointmentView;
import org.storecrm.customers.internal.cards.Customer;

/** A store visit booked with a customer (邀约). */
@Entity
@Table(name = "cus_appointment")
public class Appointment {
  @Id
  @SequenceGenerator(
      name = "cus_appointment_seq",
      sequenceName = "cus_appointment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cus_appointment_seq")
  private Long id;

  @Column(name = "store_id", nullable = false, updatable = false)
  private Long storeId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private Long customerId;

  @Column(name = "consultant_id")
  private Long consultantId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(nullable = false, length = 200)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AppointmentStatus status;

  @Column(name = "booked_by", nullable = false, length = 40, updatable = false)
  private String bookedBy;

  @Column(name = "booked_at", nullable = false, updatable = false)
  private Instant bookedAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  @Version private long version;

  protected Appointment() {}

  public Appointment(
      Customer customer, Instant startsAt, String purpose, String bookedBy, Instant now) {
    this.storeId = customer.storeId();
    this.customerId = customer.id();
    this.consultantId = customer.consultantId();
    this.startsAt = startsAt;
    this.purpose = purpose;
    this.status = AppointmentStatus.BOOKED;
    this.bookedBy = bookedBy;
    this.bookedAt = now;
  }

  /** The dedupe key of its confirmation call: one per appointment, however often it is run. */
  public String confirmationKey() {
    return "APPOINTMENT:" + id;
  }

  AppointmentView toView(String customerName) {
    return new AppointmentView(
        id, customerId, customerName, consultantId, startsAt, purpose, status, bookedBy, version);
  }

  Long customerId() {
    return customerId;
  }

  String purpose() {
    return purpose;
  }

  Instant startsAt() {
    return startsAt;
  }

  AppointmentStatus status() {
    return status;
  }

  Long storeId() {
    return storeId;
  }

  long version() {
    return version;
  }

  /** Attended, missed or cancelled, settled at {@code at}. */
  void settle(AppointmentStatus outcome, Instant at) {
    status = outcome;
    settledAt = at;
  }
}
