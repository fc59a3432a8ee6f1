package org.storecrm.customers;

import java.time.LocalDate;

/** A VIP's invitation to an event or a gift; {@code accepted} null while unanswered. */
public record VipInvitationView(
    long id,
    LocalDate date,
    InvitationKind kind,
    String what,
    Boolean accepted,
    String recordedBy,
    long version) {}
