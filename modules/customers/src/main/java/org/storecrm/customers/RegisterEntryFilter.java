package org.storecrm.customers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Which register entries to list: the days {@code from} to {@code to} inclusive of the store's
 * calendar, and optionally one register (VISIT or PHONE_IN), one consultant (username), and whether
 * details were left.
 */
public record RegisterEntryFilter(
    @NotNull LocalDate from,
    @NotNull LocalDate to,
    ContactKind kind,
    @Size(max = 40) String recordedBy,
    Boolean withDetails) {}
