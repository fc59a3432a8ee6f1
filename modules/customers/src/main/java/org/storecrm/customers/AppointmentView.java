package org.storecrm.customers;

import java.time.Instant;

public record AppointmentView(
    long id,
    long customerId,
    String customerName,
    Long consultantId,
    Instant startsAt,
    String purpose,
    AppointmentStatus status,
    String bookedBy,
    long version) {}
