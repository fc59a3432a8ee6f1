package org.storecrm.customers;

import java.time.Instant;
import java.util.List;

/**
 * A VIP's section of the card: their kind, the manager who met them and when, the leads they
 * referred (customers whose referrer they are) and their latest invitations.
 *
 * @param invitations the latest {@link Vips#LATEST_INVITATIONS}, newest first
 * @param version 0 until the profile is first saved
 */
public record VipProfile(
    long customerId,
    VipKind kind,
    Long metBy,
    String metByName,
    Instant metAt,
    long referrals,
    long invitationCount,
    long acceptedInvitations,
    List<VipInvitationView> invitations,
    long version) {}
