package org.storecrm.customers;

import java.time.LocalDate;
import java.util.List;
import org.storecrm.platform.Page;

/**
 * Leads referred by VIPs (customers registered from {@code from} to {@code to} whose referrer is a
 * VIP): in all, per VIP kind, and per VIP (a page, most leads first).
 */
public record ReferralReport(
    LocalDate from,
    LocalDate to,
    long leads,
    List<ReferralKindRow> byKind,
    Page<ReferralRow> vips) {}
