package org.storecrm.sales;

import java.math.BigDecimal;

/**
 * The consultant monthly performance analysis (销售顾问营业活动成效分析表, docs/domain.md, "Reports"): customers
 * held at the time of reading, new leads, activity volume and results of the month.
 *
 * @param registrationRate share of the consultant's visits and phone-ins that left contact details,
 *     in percent
 * @param deposits orders of the month with a deposit
 * @param deliveries opportunities that reached delivery in the month
 * @param serviceCards service-card units sold, net of returns in the month
 * @param eligibleDevices devices sold in the month and kept, of a category some active service plan
 *     is sold with
 * @param devicesWithPlan of those, the devices sold with a service plan still in force
 * @param planPenetration the service-card penetration: devices with a plan / eligible devices, in
 *     percent (one decimal); null without eligible devices
 */
public record PerformanceRow(
    long consultantId,
    String consultantName,
    long intentHeld,
    long ownersHeld,
    long newLeads,
    int registrationRate,
    long followUpsDone,
    long appointmentsBooked,
    long calls,
    long visits,
    long orders,
    long deposits,
    long deliveries,
    long serviceCards,
    BigDecimal revenue,
    BigDecimal margin,
    BigDecimal attachRate,
    long eligibleDevices,
    long devicesWithPlan,
    BigDecimal planPenetration) {}
