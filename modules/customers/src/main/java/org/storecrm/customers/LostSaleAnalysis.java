package org.storecrm.customers;

import java.time.LocalDate;
import java.util.List;

/**
 * The lost sales (战败) of a period, grouped four ways, each largest first.
 *
 * @param byConsultant by who recorded the loss
 */
public record LostSaleAnalysis(
    LocalDate from,
    LocalDate to,
    long total,
    List<LostSaleCount> byReason,
    List<LostSaleCount> byCompetitor,
    List<LostSaleCount> byCategory,
    List<LostSaleCount> byConsultant) {}
