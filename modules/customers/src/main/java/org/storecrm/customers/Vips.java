package org.storecrm.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.storecrm.platform.Page;
import org.storecrm.platform.PageRequest;

/**
 * The VIP section of the card (kind, the manager's meeting, invitations to events and gifts, the
 * leads they referred) and the referral report. Only a VIP has a profile (409 otherwise); another
 * store's customer is not found.
 */
public interface Vips {
  /** How many invitations the profile lists. */
  int LATEST_INVITATIONS = 20;

  VipProfile profile(long customerId);

  /** Sets the kind and the meeting; only a manager records a meeting (422). */
  VipProfile change(long customerId, @NotNull @Valid VipProfileChange change);

  Page<VipInvitationView> invitations(long customerId, @NotNull PageRequest page);

  VipInvitationView invite(long customerId, @NotNull @Valid NewVipInvitation invitation);

  VipInvitationView answer(
      long customerId, long invitationId, @NotNull @Valid InvitationAnswer answer);

  /**
   * The referral report for a period (inclusive dates of the chain's calendar): the caller's store,
   * or the named one (head office: every store when none is named).
   */
  ReferralReport referrals(
      @NotNull LocalDate from, @NotNull LocalDate to, Long storeId, @NotNull PageRequest page);
}
