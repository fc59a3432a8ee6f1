package org.storecrm.customers;

/** Why a VIP matters to the store: the people who regularly send leads (docs/domain.md). */
public enum VipKind {
  SECOND_HAND_DEALER,
  DRIVING_SCHOOL,
  INSURER,
  BANK,
  PARTNER_COMPANY,
  BIG_CLIENT,
  OPINION_LEADER,
  STAFF_RELATIVE
}
