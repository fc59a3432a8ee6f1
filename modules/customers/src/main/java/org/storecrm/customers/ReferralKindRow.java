package org.storecrm.customers;

/** The referral report's leads per VIP kind ({@code kind} null: VIPs whose kind is not set). */
public record ReferralKindRow(VipKind kind, long vips, long leads) {}
