package org.storecrm.sales;

import java.math.BigDecimal;

/**
 * A consultant's day (销售活动日报): sales and refunds of the day, and the customer work logged.
 *
 * @param revenue sold that day less the refunds of returns made that day on the consultant's orders
 * @param margin the revenue's margin over cost, on the same terms
 */
public record DailyActivityRow(
    long consultantId,
    String consultantName,
    long orders,
    BigDecimal revenue,
    BigDecimal margin,
    BigDecimal refunds,
    long units,
    long newLeads,
    long contacts,
    long visits,
    long phoneIns,
    long calls,
    long followUpsDone,
    long appointmentsBooked) {}
