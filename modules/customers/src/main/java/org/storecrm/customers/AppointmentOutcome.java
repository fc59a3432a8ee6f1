package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;

/** Settles an appointment: attended, no-show or cancelled, quoting the version read. */
public record AppointmentOutcome(@NotNull AppointmentStatus status, long version) {}
