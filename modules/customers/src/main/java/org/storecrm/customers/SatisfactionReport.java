package org.storecrm.customers;

import java.time.LocalDate;
import java.util.List;

/**
 * The manager's satisfaction screen for a store and a date range (days of the chain's zone, both
 * included): the store's measures, the same per consultant (post-sale surveys, which rate the
 * sale's consultant), per technician (service surveys, which rate the job's technician) and per
 * month, and the number of open recovery tasks of the store (listed by {@link
 * SatisfactionReports#openRecoveries}).
 */
public record SatisfactionReport(
    long storeId,
    LocalDate from,
    LocalDate to,
    SatisfactionMeasures overall,
    List<SatisfactionRow> byConsultant,
    List<SatisfactionRow> byTechnician,
    List<SatisfactionRow> byMonth,
    long openRecoveries) {}
