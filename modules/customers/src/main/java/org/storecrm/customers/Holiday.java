package org.storecrm.customers;

import java.time.LocalDate;

/**
 * A holiday of the greeting table: {@code nameKey} names it (SPRING_FESTIVAL, MID_AUTUMN,
 * NATIONAL_DAY or one the admin adds), {@code date} is its day in that year.
 */
public record Holiday(long id, String nameKey, LocalDate date, long version) {}
