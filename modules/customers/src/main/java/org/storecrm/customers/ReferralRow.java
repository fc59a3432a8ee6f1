package org.storecrm.customers;

/** A VIP's leads in the referral report: customers registered in the period who name them. */
public record ReferralRow(long customerId, String name, VipKind kind, long leads) {}
